package org.rdrop.bleu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.bleu.TokenizedBleu.Flavor;

/** Expected lines worked out by hand from multi-bleu.perl's and fairseq-score's definitions. */
class TokenizedBleuTest {

  @Test
  void splitsCompoundsLikeThePerlOneLiner() {
    assertThat(TokenizedBleu.splitCompounds("rich-text format")).isEqualTo("rich ##AT##-##AT## text format");
    // Matches do not overlap: after "a-b" the scan goes on at "-c", which has no non-space before it.
    assertThat(TokenizedBleu.splitCompounds("a-b-c")).isEqualTo("a ##AT##-##AT## b-c");
    assertThat(TokenizedBleu.splitCompounds("- a -b c- --")).isEqualTo("- a -b c- --");
    // Perl works on bytes: after "x-" + the first byte of "é" it resumes at the second byte, which
    // is a non-space before the next hyphen.
    assertThat(TokenizedBleu.splitCompounds("x-é-y")).isEqualTo("x ##AT##-##AT## é ##AT##-##AT## y");
    // A no-break space is two non-space bytes to Perl.
    assertThat(TokenizedBleu.splitCompounds("a\u00a0-b")).isEqualTo("a\u00a0 ##AT##-##AT## b");
  }

  @Test
  void multiBleuLines() {
    // 1-grams 3/4, 2-grams 2/3, 3-grams 1/2, 4-grams 0/1: a zero precision makes BLEU 0.
    assertThat(multiBleu(List.of("a b c d"), List.of("a b c e")))
        .isEqualTo("BLEU = 0.00, 75.0/66.7/50.0/0.0 (BP=1.000, ratio=1.000, hyp_len=4, ref_len=4)");
    // All precisions 1, BP = exp(1 - 6/5) = 0.8187.
    assertThat(multiBleu(List.of("a b c d e"), List.of("a b c d e f")))
        .isEqualTo("BLEU = 81.87, 100.0/100.0/100.0/100.0 (BP=0.819, ratio=0.833, hyp_len=5, ref_len=6)");
    assertThat(multiBleu(List.of(""), List.of("")))
        .isEqualTo("BLEU = 0, 0/0/0/0 (BP=0, ratio=0, hyp_len=0, ref_len=0)");
  }

  @Test
  void multiBleuSplitsOnAsciiWhitespaceOnlyAndLowercasesAscii() {
    // The no-break space joins "b c" into one token: 3 hypothesis words against 4 reference words.
    TokenizedBleu.Result r = TokenizedBleu.score(Flavor.MULTI_BLEU, List.of("a b\u00a0c d"), List.of(List.of("a b c d")), false, false);
    assertThat(r.stats().sysLen()).isEqualTo(3);
    TokenizedBleu.Result lc = TokenizedBleu.score(Flavor.MULTI_BLEU, List.of("ÉA B"), List.of(List.of("éa b")), false, true);
    assertThat(lc.stats().correct(1)).isEqualTo(1); // "b" matches, "Éa" stays "Éa"
  }

  @Test
  void compoundSplittingChangesTheCount() {
    // "well-known" becomes three tokens on both sides: 4 words, all matched.
    TokenizedBleu.Result r = TokenizedBleu.score(
        Flavor.MULTI_BLEU, List.of("a well-known fact"), List.of(List.of("a well-known fact")), true, false);
    assertThat(r.stats().sysLen()).isEqualTo(5);
    assertThat(r.score()).isEqualTo(100.0);
  }

  @Test
  void fairseqScoreNeverMatchesReferenceUnknownsAndCountsEmptyLinesAsOneToken() {
    // "<unk>" matches nothing: 1-grams 3/4, 2-grams "c d" only 1/3, 3- and 4-grams 0.
    TokenizedBleu.Result unk = TokenizedBleu.score(
        Flavor.FAIRSEQ_SCORE, List.of("a <unk> c d"), List.of(List.of("a <unk> c d")), false, false);
    assertThat(unk.format()).isEqualTo("BLEU4 = 0.00, 75.0/33.3/0.0/0.0 (BP=1.000, ratio=1.000, syslen=4, reflen=4)");
    assertThat(TokenizedBleu.score(Flavor.MULTI_BLEU, List.of("a <unk> c d"), List.of(List.of("a <unk> c d")), false, false)
        .score()).isEqualTo(100.0);
    // An empty hypothesis keeps its end-of-sentence symbol: length 1, not 0.
    TokenizedBleu.Result empty = TokenizedBleu.score(
        Flavor.FAIRSEQ_SCORE, List.of("a b c d", ""), List.of(List.of("a b c d", "")), false, false);
    assertThat(empty.stats().sysLen()).isEqualTo(5);
    assertThat(empty.stats().correct(1)).isEqualTo(5);
  }

  private static String multiBleu(List<String> hyps, List<String> refs) {
    return TokenizedBleu.score(Flavor.MULTI_BLEU, hyps, List.of(refs), false, false).format();
  }
}
