package org.rdrop.pipeline.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteSortedLinesTest {
  @TempDir Path dir;

  @Test
  void writesInKeyOrderWhateverTheInputOrder() throws IOException {
    List<KV<Long, String>> lines = new ArrayList<>();
    for (long i = 500; i >= 1; i--) {
      lines.add(KV.of(i, "line " + i));
    }
    Path out = dir.resolve("x.txt");
    run(lines, out);
    List<String> written = Files.readAllLines(out);
    assertThat(written).hasSize(500);
    assertThat(written.get(0)).isEqualTo("line 1");
    assertThat(written.get(499)).isEqualTo("line 500");
  }

  @Test
  void emptyCollectionWritesAnEmptyFile() throws IOException {
    Path out = dir.resolve("empty.txt");
    run(List.of(), out);
    assertThat(out).isEmptyFile();
  }

  @Test
  void duplicateKeysAreAnErrorAndNothingIsWritten() {
    Path out = dir.resolve("dup.txt");
    assertThatThrownBy(() -> run(List.of(KV.of(1L, "a"), KV.of(1L, "b")), out))
        .rootCause()
        .hasMessageContaining("two lines share the key 1");
    assertThat(out).doesNotExist();
  }

  private static void run(List<KV<Long, String>> lines, Path out) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply(Create.of(lines).withCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
        .apply(WriteSortedLines.to(out));
    p.run().waitUntilFinish();
  }
}
