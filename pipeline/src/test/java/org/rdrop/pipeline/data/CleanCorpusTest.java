package org.rdrop.pipeline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

class CleanCorpusTest {
  private static final CleanCorpus.Rules TRAIN = new CleanCorpus.Rules(true, 1, 5, 1.5);

  @Test
  void rulesFireInTheScriptsOrder() {
    assertThat(TRAIN.verdict(pair("a b c", "x y z"))).isNull();
    assertThat(TRAIN.verdict(pair("  ", "x"))).isEqualTo("empty");
    assertThat(TRAIN.verdict(pair("a b c d e f", "x y z u v w"))).isEqualTo("too_long");
    // 3 vs 2 tokens: ratio 1.5 is allowed (the script drops only "> ratio").
    assertThat(TRAIN.verdict(pair("a b c", "x y"))).isNull();
    assertThat(TRAIN.verdict(pair("a b c d", "x y"))).isEqualTo("length_ratio");
    assertThat(TRAIN.verdict(pair("a", "x".repeat(1001)))).isEqualTo("word_too_long");
  }

  @Test
  void noBreakSpaceSeparatesTokensAsInPerl() {
    assertThat(CleanCorpus.tokens("a\u00a0b  c")).isEqualTo(3);
    assertThat(CleanCorpus.tokens("")).isZero();
  }

  @Test
  void validationSplitsKeepLongPairsButDropEmptyOnes() {
    CleanCorpus.Rules valid = CleanCorpus.Rules.emptyOnly();
    assertThat(valid.verdict(pair("a b c d e f g h", "x"))).isNull();
    assertThat(valid.verdict(pair("a", ""))).isEqualTo("empty");
  }

  @Test
  void beamStageSplitsKeptFromDroppedWithReasons() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    List<SentencePair> in =
        List.of(pair(1, "a b", "x y"), pair(2, "", "x"), pair(3, "a b c d", "x y"), pair(4, "a", "b"));
    PCollectionTuple out =
        p.apply(Create.of(in).withCoder(SentencePairCoder.of()))
            .apply(CleanCorpus.with(TRAIN));
    PAssert.that(out.get(CleanCorpus.KEPT)).containsInAnyOrder(pair(1, "a b", "x y"), pair(4, "a", "b"));
    PAssert.that(out.get(CleanCorpus.DROPPED)).containsInAnyOrder("empty", "length_ratio");
    p.run().waitUntilFinish();
  }

  private static SentencePair pair(String s, String t) {
    return new SentencePair(1, s, t);
  }

  private static SentencePair pair(long id, String s, String t) {
    return new SentencePair(id, s, t);
  }
}
