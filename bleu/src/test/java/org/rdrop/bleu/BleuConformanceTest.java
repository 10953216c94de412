package org.rdrop.bleu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of conformance/bleu/cases.jsonl, every field, against sacreBLEU 2.6.0's answers. */
class BleuConformanceTest {

  static Stream<BleuCases.Case> cases() {
    return BleuCases.all().stream();
  }

  @Test
  void theCaseFileIsThere() {
    assertThat(BleuCases.all()).hasSizeGreaterThanOrEqualTo(21);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesSacrebleu(BleuCases.Case c) {
    Bleu bleu = new Bleu(c.options());
    CorpusReferences refs = bleu.prepareReferences(c.references());
    BleuScore s = bleu.score(BleuStats.sum(List.of(bleu.sentenceStats(c.hypotheses(), refs))));

    assertThat(s.score()).as("score").isCloseTo(c.score(), within(1e-9));
    assertThat(s.counts()).as("counts").containsExactly(asDoubles(c.counts()), within(0.0));
    assertThat(s.totals()).as("totals").containsExactly(asDoubles(c.totals()), within(0.0));
    assertThat(s.sysLen()).as("sys_len").isEqualTo(c.sysLen());
    assertThat(s.refLen()).as("ref_len").isEqualTo(c.refLen());
    assertThat(s.bp()).as("bp").isCloseTo(c.bp(), within(1e-12));
    assertThat(bleu.signature(refs.numRefs()).format()).as("signature").isEqualTo(c.signature());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusScoreShortcutAgrees(BleuCases.Case c) {
    BleuScore s = new Bleu(c.options()).corpusScore(c.hypotheses(), c.references());
    assertThat(s.score()).isCloseTo(c.score(), within(1e-9));
  }

  private static double[] asDoubles(long[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
