package org.rdrop.pipeline.text.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {
  @TempDir Path dir;

  @Test
  void ordersByCountThenByCodePointAfterTheSpecials() {
    // fairseq: sorted(zip(symbols, counts)) then Counter.most_common -> count desc, symbol asc.
    Dictionary d = Dictionary.build(Map.of("b", 2L, "a", 2L, "c", 5L, "d", 1L), 0, 8);
    assertThat(d.size()).isEqualTo(8);
    assertThat(List.of(d.symbol(0), d.symbol(1), d.symbol(2), d.symbol(3)))
        .containsExactly("<s>", "<pad>", "</s>", "<unk>");
    assertThat(d.toText()).isEqualTo("c 5\na 2\nb 2\nd 1\n");
    assertThat(d.id("a")).isEqualTo(5);
    assertThat(d.id("never seen")).isEqualTo(Dictionary.UNK_ID);
  }

  @Test
  void thresholdDropsRareTokensAndPaddingFillsToTheFactor() {
    Dictionary d = Dictionary.build(Map.of("b", 2L, "a", 2L, "c", 5L, "d", 1L), 2, 8);
    assertThat(d.toText()).isEqualTo("c 5\na 2\nb 2\nmadeupword0000 0\n");
  }

  @Test
  void tiesCompareCodePointsNotUtf16Units() {
    // U+FF5E sorts before U+1F600 by code point; by UTF-16 units the emoji (0xD83D...) would come first.
    Dictionary d = Dictionary.build(Map.of("\uD83D\uDE00", 1L, "\uFF5E", 1L), 0, 1);
    assertThat(d.symbol(4)).isEqualTo("\uFF5E");
  }

  @Test
  void dictTxtRoundTripsAndBadLinesAreNamed() throws IOException {
    Dictionary d = Dictionary.build(Map.of("x", 3L, "y y", 1L), 0, 1);
    Path f = dir.resolve("dict.txt");
    d.write(f);
    assertThat(Dictionary.read(f)).isEqualTo(d);
    Files.writeString(f, "x 3\nbroken\n");
    // Named by file and line; the line itself is not echoed.
    assertThatThrownBy(() -> Dictionary.read(f))
        .hasMessage(f + ":2: expected 'token count' (a token, a space, a whole number)");
  }

  @Test
  void reservedTokensInTheCorpusAreRefused() {
    assertThatThrownBy(() -> Dictionary.build(Map.of("<pad>", 1L), 0, 1))
        .hasMessageContaining("reserved token <pad>");
  }

  @Test
  void fairseqSplitsOnPythonWhitespaceIncludingNoBreakSpace() {
    assertThat(FairseqTokens.split("  a@@ b\u00a0c\td ")).containsExactly("a@@", "b", "c", "d");
  }

  @Test
  void beamStageCountsAcrossLines() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    var dict =
        p.apply(Create.of("the cat", "the dog", "a cat the"))
            .apply(BuildDictionary.withThreshold(0, 1));
    PAssert.thatSingleton(dict)
        .isEqualTo(Dictionary.build(Map.of("the", 3L, "cat", 2L, "dog", 1L, "a", 1L), 0, 1));
    p.run().waitUntilFinish();
  }

  @Test
  void encodeAppendsEndOfSentence() {
    Dictionary d = Dictionary.build(Map.of("a", 2L, "b", 1L), 0, 1);
    assertThat(MapToIds.encode(d, "a b zz")).containsExactly(4, 5, Dictionary.UNK_ID, Dictionary.EOS_ID);
  }

  @Test
  void mapToIdsStageUsesTheDictionarySideInput() {
    Dictionary d = Dictionary.build(Map.of("a@@", 2L, "b", 1L), 0, 1);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    var dict = p.apply("Dict", Create.of(d).withCoder(org.apache.beam.sdk.coders.SerializableCoder.of(Dictionary.class)))
        .apply(org.apache.beam.sdk.transforms.View.asSingleton());
    var ids =
        p.apply("Pairs", Create.of(new org.rdrop.pipeline.data.SentencePair(4, "a@@ b", "q"))
                .withCoder(org.rdrop.pipeline.data.SentencePairCoder.of()))
            .apply(MapToIds.using(dict));
    PAssert.that(ids)
        .containsInAnyOrder(
            new org.rdrop.trainer.data.Example(4, new int[] {4, 5, 2}, new int[] {3, 2}));
    p.run().waitUntilFinish();
  }
}
