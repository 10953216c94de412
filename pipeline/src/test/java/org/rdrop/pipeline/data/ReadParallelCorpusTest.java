package org.rdrop.pipeline.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadParallelCorpusTest {
  @TempDir Path dir;

  @Test
  void readsAlignedPairsKeyedByLineNumber() throws IOException {
    write("train.en", "In the beginning\r\nAnd the earth\n\n");
    write("train.es", "En el principio\nY la tierra\n\n");
    Pipeline p = pipeline();
    PCollection<SentencePair> pairs = p.apply(ReadParallelCorpus.of(dir, "train", "en", "es", 0));
    PAssert.that(pairs)
        .containsInAnyOrder(
            new SentencePair(1, "In the beginning", "En el principio"),
            new SentencePair(2, "And the earth", "Y la tierra"),
            new SentencePair(3, "", ""));
    p.run().waitUntilFinish();
  }

  @Test
  void limitKeepsTheFirstPairs() throws IOException {
    write("train.en", "a\nb\nc\n");
    write("train.es", "x\ny\nz\n");
    Pipeline p = pipeline();
    PAssert.that(p.apply(ReadParallelCorpus.of(dir, "train", "en", "es", 2)))
        .containsInAnyOrder(new SentencePair(1, "a", "x"), new SentencePair(2, "b", "y"));
    p.run().waitUntilFinish();
  }

  @Test
  void mismatchedLineCountsNameBothFilesAndCounts() throws IOException {
    write("train.en", "a\nb\nc\n");
    write("train.es", "x\ny\n");
    assertFails("line counts differ", "train.en has 3 lines", "train.es has 2");
  }

  @Test
  void invalidUtf8NamesFileLineAndColumn() throws IOException {
    write("train.en", "a\nb\n");
    Files.write(dir.resolve("train.es"), new byte[] {'x', '\n', 'o', 'k', (byte) 0xC3, '(', '\n'});
    assertFails("train.es:2: invalid UTF-8 at byte column 3");
  }

  @Test
  void nulByteNamesFileAndLine() throws IOException {
    write("train.en", "a\nb\u0000c\n");
    write("train.es", "x\ny\n");
    assertFails("train.en:2: NUL byte at byte column 2");
  }

  @Test
  void missingFileIsNamed() throws IOException {
    write("train.en", "a\n");
    assertFails("train.es: corpus file not found");
  }

  private void assertFails(String... fragments) {
    Pipeline p = pipeline();
    p.apply(ReadParallelCorpus.of(dir, "train", "en", "es", 0));
    var thrown = assertThatThrownBy(() -> p.run().waitUntilFinish()).rootCause();
    thrown.isInstanceOf(CorpusFormatException.class);
    for (String f : fragments) {
      thrown.hasMessageContaining(f);
    }
  }

  private static Pipeline pipeline() {
    return Pipeline.create(PipelineOptionsFactory.create());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
