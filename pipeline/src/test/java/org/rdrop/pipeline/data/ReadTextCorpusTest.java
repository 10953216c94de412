package org.rdrop.pipeline.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadTextCorpusTest {
  @TempDir Path dir;

  @Test
  void readsLinesKeyedByLineNumberKeepingBlankOnes() throws IOException {
    Files.writeString(dir.resolve("train.txt"), "Call me Ishmael.\n\nSome years ago");
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PAssert.that(p.apply(ReadTextCorpus.of(dir.resolve("train.txt"))))
        .containsInAnyOrder(KV.of(1L, "Call me Ishmael."), KV.of(2L, ""), KV.of(3L, "Some years ago"));
    p.run().waitUntilFinish();
  }

  @Test
  void invalidUtf8IsNamed() throws IOException {
    Files.write(dir.resolve("valid.txt"), new byte[] {'a', '\n', 'b', (byte) 0xE2, (byte) 0x28, '\n'});
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply(ReadTextCorpus.of(dir.resolve("valid.txt")));
    assertThatThrownBy(() -> p.run().waitUntilFinish())
        .rootCause()
        .isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("valid.txt:2: invalid UTF-8 at byte column 2");
  }
}
