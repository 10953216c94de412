package org.rdrop.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusRougeTest {
  private static final List<RougeType> TYPES = RougeType.parseList("rouge1,rougeL");

  /** Forty examples with varied, known scores. */
  private static List<Map<String, Score>> examples() {
    List<Map<String, Score>> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double p = (i % 7) / 7.0;
      double r = (i % 5) / 5.0;
      out.add(Map.of("rouge1", Score.of(p, r), "rougeL", Score.of(r, p)));
    }
    return out;
  }

  @Test
  void theFigureIsThePlainMeanOfThePerExampleScores() {
    Map<String, CorpusRouge.TypeEstimate> e = CorpusRouge.aggregate(examples(), TYPES, 1000, 12345);
    double meanP = 0;
    double meanF = 0;
    for (Map<String, Score> s : examples()) {
      meanP += s.get("rouge1").precision();
      meanF += s.get("rouge1").fmeasure();
    }
    assertThat(e.get("rouge1").precision().mean()).isCloseTo(meanP / 40, within(1e-15));
    assertThat(e.get("rouge1").fmeasure().mean()).isCloseTo(meanF / 40, within(1e-15));
    assertThat(e.keySet()).containsExactly("rouge1", "rougeL");
  }

  @Test
  void theIntervalIsReproducibleAndContainsTheMean() {
    Map<String, CorpusRouge.TypeEstimate> a = CorpusRouge.aggregate(examples(), TYPES, 1000, 12345);
    Map<String, CorpusRouge.TypeEstimate> b = CorpusRouge.aggregate(examples(), TYPES, 1000, 12345);
    assertThat(a).isEqualTo(b);
    for (CorpusRouge.TypeEstimate t : a.values()) {
      for (Score.Measure m : Score.Measure.values()) {
        Estimate est = t.get(m);
        assertThat(est.contains(est.mean())).as("%s", m).isTrue();
        assertThat(est.high() - est.low()).as("%s width", m).isGreaterThan(0.01).isLessThan(0.5);
      }
    }
    // Another seed draws other resamples: the same mean, another interval.
    Map<String, CorpusRouge.TypeEstimate> c = CorpusRouge.aggregate(examples(), TYPES, 1000, 7);
    assertThat(c.get("rouge1").fmeasure().mean()).isEqualTo(a.get("rouge1").fmeasure().mean());
    assertThat(c.get("rouge1").fmeasure().low()).isNotEqualTo(a.get("rouge1").fmeasure().low());
  }

  @Test
  void percentileInterpolatesAsNumpy() {
    // numpy.percentile([1, 2, 3, 4], 2.5) = 1.075 and (..., 97.5) = 3.925.
    double[] sorted = {1, 2, 3, 4};
    assertThat(CorpusRouge.percentile(sorted, 2.5)).isCloseTo(1.075, within(1e-12));
    assertThat(CorpusRouge.percentile(sorted, 97.5)).isCloseTo(3.925, within(1e-12));
    assertThat(CorpusRouge.percentile(new double[] {5}, 97.5)).isEqualTo(5);
  }

  @Test
  void aMissingTypeOrNoExampleIsNamed() {
    assertThatThrownBy(() -> CorpusRouge.aggregate(List.of(), TYPES, 10, 1)).hasMessageContaining("no examples");
    assertThatThrownBy(() -> CorpusRouge.aggregate(List.of(Map.of("rouge1", Score.ZERO)), TYPES, 10, 1))
        .hasMessage("example 1 has no rougeL score");
  }
}
