package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaperVerdictsTest {
  static PublishedResults paper;

  @BeforeAll
  static void readPaper() throws Exception {
    paper = PublishedResults.read(PublishedResultsTest.REPO_GOLDEN);
  }

  // Published IWSLT14 De->En: +2.61 BLEU. Declared band: half to one and a half times the effect.
  static final Criteria BAND = Criteria.relativeBand(0.05, 2.61, 0.5);

  @Test
  void theBandIsHalfToOneAndAHalfTimesThePublishedDelta() {
    assertThat(BAND.bandLow()).isCloseTo(1.305, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(BAND.bandHigh()).isCloseTo(3.915, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void sameDirectionSignificantAndInBandIsReproduced() {
    MeasuredDelta m = new MeasuredDelta("BLEU", 33.10, 35.20, 2.10, 1.40, 2.80, 0.95, 0.001, "paired bootstrap, 1000 samples");
    PaperVerdict v = PaperVerdicts.judge(paper.get("iwslt14-de-en/transformer/bleu"), m, BAND);
    assertThat(v.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(v.headline()).isEqualTo(
        "reproduced: iwslt14-de-en/transformer/bleu: measured R-Drop - baseline +2.100 BLEU (95% CI [+1.400, +2.800],"
            + " p = 0.0010), published +2.61 BLEU");
    assertThat(v.reasons()).containsExactly(
        "direction: published +2.61 BLEU (R-Drop better, higher is better), measured +2.100: same",
        "significance at 0.05: p = 0.0010 < 0.05; 95% CI [+1.400, +2.800] excludes 0 (paired bootstrap, 1000 samples):"
            + " significant",
        "band: measured +2.100 within the declared band [+1.305, +3.915]",
        "scores: baseline 33.1, R-Drop 35.2 BLEU (published: baseline 34.64, R-Drop 37.25)");
  }

  @Test
  void swappingBaselineAndRdropFlipsTheVerdict() {
    // The same evaluation with the two systems' outputs exchanged: the delta and its interval change sign.
    MeasuredDelta swapped = new MeasuredDelta("BLEU", 35.20, 33.10, -2.10, -2.80, -1.40, 0.95, 0.001, "paired bootstrap, 1000 samples");
    PaperVerdict v = PaperVerdicts.judge(paper.get("iwslt14-de-en/transformer/bleu"), swapped, BAND);
    assertThat(v.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(v.sameDirection()).isFalse();
    assertThat(v.reasons().get(0)).endsWith("measured -2.100: OPPOSITE");
    assertThat(v.reasons().get(2)).isEqualTo("band: measured -2.100 BELOW the declared band [+1.305, +3.915]");
  }

  @Test
  void sameDirectionButNotSignificantIsDirectionOnly() {
    MeasuredDelta m = new MeasuredDelta("BLEU", 33.10, 34.60, 1.50, -0.20, 3.10, 0.95, 0.08, "paired bootstrap, 1000 samples");
    PaperVerdict v = PaperVerdicts.judge(paper.get("iwslt14-de-en/transformer/bleu"), m, BAND);
    assertThat(v.verdict()).isEqualTo(Verdict.DIRECTION_ONLY);
    assertThat(v.withinBand()).isTrue();
    assertThat(v.reasons().get(1)).contains("p = 0.0800 >= 0.05", "includes 0", "NOT significant");
  }

  @Test
  void significantButSmallerThanTheBandIsDirectionOnly() {
    MeasuredDelta m = new MeasuredDelta("BLEU", 33.10, 33.90, 0.80, 0.30, 1.30, 0.95, 0.002, "paired bootstrap, 1000 samples");
    PaperVerdict v = PaperVerdicts.judge(paper.get("iwslt14-de-en/transformer/bleu"), m, BAND);
    assertThat(v.verdict()).isEqualTo(Verdict.DIRECTION_ONLY);
    assertThat(v.significant()).isTrue();
    assertThat(v.reasons().get(2)).isEqualTo("band: measured +0.800 BELOW the declared band [+1.305, +3.915]");
  }

  @Test
  void lowerIsBetterMetricsCompareSigns() {
    // Perplexity: the paper's -1.68 is an improvement; a measured -1.50 goes the same way.
    Criteria band = Criteria.relativeBand(0.05, -1.68, 0.5);
    assertThat(band.bandLow()).isCloseTo(-2.52, org.assertj.core.data.Offset.offset(1e-12));
    MeasuredDelta m = new MeasuredDelta("perplexity", 30.0, 28.5, -1.5, -2.0, -1.0, 0.95, 0.01, "bootstrap");
    PaperVerdict v = PaperVerdicts.judge(paper.get("wikitext-103/transformer-lm-gpt/test-perplexity"), m, band);
    assertThat(v.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(v.reasons().get(0)).contains("(R-Drop better, lower is better)");
  }

  @Test
  void aClaimWithoutDeltaCannotBeJudged() {
    MeasuredDelta m = new MeasuredDelta("BLEU", 1, 2, 1, 0.5, 1.5, 0.95, 0.01, "bootstrap");
    assertThatThrownBy(() -> PaperVerdicts.judge(paper.get("wmt14-en-de/transformer-big/bleu"), m, BAND))
        .hasMessageContaining("states no delta and not both scores");
  }

  @Test
  void badMeasurementsAreRejected() {
    assertThatThrownBy(() -> new MeasuredDelta("BLEU", 1, 2, 1, 1.5, 0.5, 0.95, 0.01, "b"))
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> new MeasuredDelta("BLEU", 1, 2, 1, 0.5, 1.5, 0.95, 1.5, "b"))
        .hasMessageContaining("p-value 1.5");
  }
}
