package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.trainer.evaluate.TeacherForced;

/** Accuracy and its bootstrap intervals on cases whose answers follow by hand. */
class AccuracyTest {
  private static TeacherForced.Prediction p(long id, int predicted, int target) {
    return new TeacherForced.Prediction(id, predicted, target);
  }

  private static PairedItemBootstrap.Result paired(List<TeacherForced.Prediction> base,
      List<TeacherForced.Prediction> rdrop) {
    return PairedItemBootstrap.run(EvaluateClassifier.rows(base), EvaluateClassifier.rows(rdrop),
        EvaluateClassifier.ACCURACY_PERCENT, 1000, 12345, "bootstrap/accuracy");
  }

  @Test
  void accuracyIsThePercentOfCorrectPredictions() {
    List<TeacherForced.Prediction> threeOfFour = List.of(p(1, 4, 4), p(2, 5, 5), p(3, 6, 7), p(4, 9, 9));
    List<TeacherForced.Prediction> oneOfFour = List.of(p(1, 4, 4), p(2, 4, 5), p(3, 6, 7), p(4, 8, 9));
    PairedItemBootstrap.Result r = paired(oneOfFour, threeOfFour);
    assertThat(r.baseline()).isEqualTo(25.0);
    assertThat(r.rdrop()).isEqualTo(75.0);
    assertThat(r.delta()).isEqualTo(50.0);
  }

  @Test
  void allWrongAgainstAllRightGivesADegenerateIntervalAndTheSmallestPValue() {
    List<TeacherForced.Prediction> wrong = List.of(p(1, 4, 5), p(2, 4, 5), p(3, 4, 5));
    List<TeacherForced.Prediction> right = List.of(p(1, 5, 5), p(2, 5, 5), p(3, 5, 5));
    PairedItemBootstrap.Result r = paired(wrong, right);
    // Every resample: baseline 0 %, R-Drop 100 %, delta 100 points.
    assertThat(r.baselineInterval().lower()).isZero();
    assertThat(r.baselineInterval().upper()).isZero();
    assertThat(r.rdropInterval().mean()).isEqualTo(100.0);
    assertThat(r.deltaInterval().lower()).isEqualTo(100.0);
    assertThat(r.deltaInterval().upper()).isEqualTo(100.0);
    // |delta| - mean |delta| = 0 is never above the observed 100: p = (0 + 1) / (1000 + 1).
    assertThat(r.pValue()).isEqualTo(1.0 / 1001);
  }

  @Test
  void oneRightOneWrongResamplesToZeroFiftyOrHundredPercent() {
    // Two images, one correct: a resample draws the correct one 0, 1 or 2 times with probabilities 1/4, 1/2,
    // 1/4, so accuracy is 0, 50 or 100 %. With 1000 resamples about 250 are 0 % and 250 are 100 %; the 95%
    // interval's ends (sorted values 25 and 974) are therefore 0 and 100, and the mean is near 50.
    List<TeacherForced.Prediction> half = List.of(p(1, 4, 4), p(2, 4, 5));
    PairedItemBootstrap.Result r = paired(half, half);
    assertThat(r.baseline()).isEqualTo(50.0);
    assertThat(r.baselineInterval().lower()).isEqualTo(0.0);
    assertThat(r.baselineInterval().upper()).isEqualTo(100.0);
    assertThat(r.baselineInterval().mean()).isCloseTo(50.0, within(5.0));
    // Paired: the same resamples for both, so identical systems differ by exactly 0 on every one.
    assertThat(r.deltaInterval().lower()).isZero();
    assertThat(r.deltaInterval().upper()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameIntervalsAndAnotherSeedOtherResamples() {
    List<TeacherForced.Prediction> base = List.of(p(1, 4, 4), p(2, 4, 5), p(3, 6, 6), p(4, 7, 6), p(5, 8, 8));
    List<TeacherForced.Prediction> rdrop = List.of(p(1, 4, 4), p(2, 5, 5), p(3, 6, 6), p(4, 7, 6), p(5, 8, 8));
    PairedItemBootstrap.Result a = paired(base, rdrop);
    PairedItemBootstrap.Result b = paired(base, rdrop);
    assertThat(a).usingRecursiveComparison().isEqualTo(b);
    PairedItemBootstrap.Result other = PairedItemBootstrap.run(EvaluateClassifier.rows(base),
        EvaluateClassifier.rows(rdrop), EvaluateClassifier.ACCURACY_PERCENT, 1000, 99, "bootstrap/accuracy");
    assertThat(other.baselineInterval().mean()).isNotEqualTo(a.baselineInterval().mean());
  }
}
