package org.rdrop.bleu.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {

  @Test
  void accuracyIntervalHasTheBinomialWidth() {
    double[][] items = new double[1000][];
    for (int i = 0; i < items.length; i++) {
      items[i] = new double[] {i % 10 < 7 ? 1 : 0, 1};
    }
    BootstrapInterval.Estimate e = BootstrapInterval.estimate(items, BootstrapInterval.ACCURACY, 1000, 12345, "bootstrap/accuracy");
    assertThat(e.value()).isEqualTo(0.7);
    // sd = sqrt(0.7 * 0.3 / 1000) = 0.01449; mean of 1000 resamples within 4 sd / sqrt(1000).
    assertThat(e.interval().mean()).isCloseTo(0.7, within(4 * 0.01449 / Math.sqrt(1000)));
    assertThat(e.interval().halfWidth()).isCloseTo(1.96 * 0.01449, within(0.005));
    assertThat(e.interval().contains(0.7)).isTrue();
  }

  @Test
  void perplexityIsExpOfMeanNegativeLogLikelihood() {
    // Two sentences: 3 tokens with total NLL 3 ln 2, 1 token with NLL ln 2 -> exp(4 ln 2 / 4) = 2.
    double ln2 = Math.log(2);
    double[][] items = {{3 * ln2, 3}, {ln2, 1}};
    BootstrapInterval.Estimate e = BootstrapInterval.estimate(items, BootstrapInterval.PERPLEXITY, 200, 1, "bootstrap/perplexity");
    assertThat(e.value()).isCloseTo(2.0, within(1e-12));
    // Every resample has per-token NLL ln 2: no spread at all.
    assertThat(e.interval().lower()).isCloseTo(2.0, within(1e-12));
    assertThat(e.interval().upper()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void threeItemsMatchTheExactBootstrapDistribution() {
    // Accuracy of {1, 0, 1}: a resample has k correct ~ Binomial(3, 2/3); its mean is 2/3 with
    // variance (2/9) / 3 per resample.
    double[][] items = {{1, 1}, {0, 1}, {1, 1}};
    BootstrapInterval.Estimate e = BootstrapInterval.estimate(items, BootstrapInterval.ACCURACY, 4000, 5, "test");
    double sd = Math.sqrt(2.0 / 27 / 4000);
    assertThat(e.interval().mean()).isCloseTo(2.0 / 3, within(4.5 * sd));
    assertThat(e.interval().upper()).isEqualTo(1.0); // P(all correct) = 8/27, far above 2.5%
  }

  @Test
  void sameSeedSameInterval() {
    double[][] items = {{1, 1}, {0, 1}, {1, 1}, {0, 1}, {1, 1}};
    BootstrapInterval.Estimate a = BootstrapInterval.estimate(items, BootstrapInterval.ACCURACY, 300, 3, "x");
    BootstrapInterval.Estimate b = BootstrapInterval.estimate(items, BootstrapInterval.ACCURACY, 300, 3, "x");
    assertThat(b.interval().mean()).isEqualTo(a.interval().mean());
    assertThat(b.interval().lower()).isEqualTo(a.interval().lower());
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> BootstrapInterval.estimate(new double[0][], BootstrapInterval.ACCURACY, 10, 1, "x"))
        .hasMessageContaining("no items");
    assertThatThrownBy(() -> BootstrapInterval.estimate(new double[][] {{1, 1}, {1}}, BootstrapInterval.ACCURACY, 10, 1, "x"))
        .hasMessageContaining("different widths");
  }
}
