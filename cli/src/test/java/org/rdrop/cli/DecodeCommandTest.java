package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.junit.CommandOutcome;

/** The decode command's argument errors (the stage itself: eval.DecodeRunTest). */
class DecodeCommandTest {
  @TempDir Path dir;

  @Test
  void badArgumentsAreOneLineWithExitCodeOne() {
    CommandOutcome missing = CliTest.run("decode", dir.toString(), "--method", "baseline");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("rdrop decode: error: " + dir + " is not a run directory");
    assertThat(CliTest.run("decode", dir.toString(), "--method", "baseline", "--greedy", "--beam", "3").err())
        .contains("--greedy and --beam exclude each other");
    assertThat(CliTest.run("decode", dir.toString(), "--method", "dropout").err())
        .contains("--method must be baseline or rdrop");
    assertThat(CliTest.run("decode", dir.toString()).exit()).as("--method is required").isEqualTo(2);
  }
}
