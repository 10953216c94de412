package org.rdrop.pipeline.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrepareLayoutTest {
  /**
   * Output paths travel inside DoFns to workers that may run in another working directory (a Flink task
   * manager), so they must not depend on it: a relative run directory is resolved where the driver runs.
   */
  @Test
  void outputsOfARelativeRunDirectoryAreAbsolute() {
    PrepareLayout layout = new PrepareLayout(Path.of("runs", "smoke-x"), "en", "es");
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(layout.outputs()).isNotEmpty().allSatisfy(o -> assertThat(o.file()).isAbsolute());
    assertThat(layout.codes()).isEqualTo(cwd.resolve("runs/smoke-x/data/bpe.codes"));
    assertThat(layout.batches("train")).isEqualTo(cwd.resolve("runs/smoke-x/data/train.batches"));
  }
}
