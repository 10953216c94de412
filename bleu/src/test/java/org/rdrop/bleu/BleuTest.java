package org.rdrop.bleu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence statistics and scores counted by hand. */
class BleuTest {
  private final Bleu bleu = new Bleu(BleuOptions.defaults());

  @Test
  void countsNgramMatchesPerOrder() {
    BleuStats s = bleu.sentenceStats("a b c d", List.of("a b c e"));
    // 1-grams a b c match (3 of 4); 2-grams "a b", "b c" (2 of 3); "a b c" (1 of 2); none of 1 4-gram.
    assertThat(s.toArray()).containsExactly(4, 4, 3, 2, 1, 0, 4, 3, 2, 1);
  }

  @Test
  void clipsByTheLargestCountInAnyOneReference() {
    assertThat(bleu.sentenceStats("the the the", List.of("the cat")).correct(1)).isEqualTo(1);
    assertThat(bleu.sentenceStats("the the the", List.of("the the cat", "the")).correct(1)).isEqualTo(2);
  }

  @Test
  void closestReferenceLengthPrefersTheShorterOnATie() {
    assertThat(bleu.sentenceStats("a b c", List.of("x y z w", "x y")).refLen()).isEqualTo(2);
    assertThat(bleu.sentenceStats("a b c", List.of("x y z w", "x y z w v")).refLen()).isEqualTo(4);
  }

  @Test
  void anEmptyReferenceIsAReferenceOfLengthZero() {
    assertThat(bleu.sentenceStats("", List.of("", "a b")).refLen()).isZero();
  }

  @Test
  void nullReferencesMakeTheNumberVary() {
    CorpusReferences refs = bleu.prepareReferences(List.of(List.of("a b", "c d"), Arrays.asList("a b", null)));
    assertThat(refs.numRefs()).isEqualTo(-1);
    assertThat(bleu.signature(refs.numRefs()).format()).startsWith("nrefs:var|");
    assertThatThrownBy(() -> bleu.prepareReferences(List.of(Arrays.asList("a", null), Arrays.asList("b", null))))
        .isInstanceOf(Bleu.MissingReferenceException.class)
        .hasMessageContaining("sentence 2");
  }

  @Test
  void perfectMatchScoresOneHundredAndEmptyOutputZero() {
    assertThat(bleu.corpusScore(List.of("a b c d e"), List.of(List.of("a b c d e"))).score())
        .isCloseTo(100.0, within(1e-12));
    BleuScore empty = bleu.corpusScore(List.of(""), List.of(List.of("a b")));
    assertThat(empty.score()).isZero();
    assertThat(empty.bp()).isZero();
  }

  @Test
  void expSmoothingHalvesEachMissingOrder() {
    // 4 words, 1-grams 4/4, 2-grams 3/3, 3-grams 0/2, 4-grams 0/1 -> 100, 100, 100/(2*2), 100/(4*1).
    BleuScore s = bleu.score(BleuStats.of(new long[] {4, 4, 4, 3, 0, 0, 4, 3, 2, 1}));
    assertThat(s.precisions()).containsExactly(new double[] {100, 100, 25, 25}, within(1e-12));
    assertThat(s.score()).isCloseTo(50.0, within(1e-9)); // (100*100*25*25)^(1/4)
    assertThat(s.verbose()).isEqualTo("100.0/100.0/25.0/25.0 (BP = 1.000 ratio = 1.000 hyp_len = 4 ref_len = 4)");
  }

  @Test
  void lowercaseOptionLowersBeforeTokenizing() {
    Bleu lc = new Bleu(BleuOptions.defaults().withLowercase(true));
    assertThat(lc.tokens("The DOG.")).containsExactly("the", "dog", ".");
    assertThat(lc.signature(1).format()).isEqualTo("nrefs:1|case:lc|eff:no|tok:13a|smooth:exp|version:2.6.0");
  }

  @Test
  void signatureShowsSmoothingValuesAndShortNames() {
    BleuSignature sig = new Bleu(BleuOptions.defaults().withSmoothing(SmoothMethod.ADD_K, null)).signature(2);
    assertThat(sig.format()).isEqualTo("nrefs:2|case:mixed|eff:no|tok:13a|smooth:add-k[1.00]|version:2.6.0");
    assertThat(sig.format(true)).isEqualTo("#:2|c:mixed|e:no|tok:13a|s:add-k[1.00]|v:2.6.0");
    assertThat(sig.withBootstrap(1000, 12345).format())
        .isEqualTo("nrefs:2|bs:1000|seed:12345|case:mixed|eff:no|tok:13a|smooth:add-k[1.00]|version:2.6.0");
    assertThat(bleu.signature(1).withApproximateRandomization(10000, 7).format())
        .isEqualTo("nrefs:1|ar:10000|seed:7|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0");
  }
}
