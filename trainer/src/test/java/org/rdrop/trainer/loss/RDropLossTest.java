package org.rdrop.trainer.loss;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.types.Shape;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rdrop.trainer.TestEngine;

/**
 * The loss on a tiny fixed example against the paper's formula written out with plain Java arithmetic:
 * two (or three) passes over B = 2 sentences of T = 3 positions, V = 5, one padded position.
 */
class RDropLossTest {
  static final int B = 2;
  static final int T = 3;
  static final int V = 5;
  /** Row 0: three real tokens; row 1: two real tokens and a pad (id 1). */
  static final int[] TARGET = {3, 4, 2, 4, 2, 1};
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();

  /** Fixed logits for pass p, row b, position t, class v. */
  static double z(int p, int b, int t, int v) {
    return 2 * Math.sin(0.7 * (v + 1) + 1.3 * t + 0.4 * b) + 0.5 * Math.cos(p * 1.1 + v);
  }

  static float[] logits(int passes) {
    float[] out = new float[passes * B * T * V];
    int i = 0;
    for (int p = 0; p < passes; p++) {
      for (int b = 0; b < B; b++) {
        for (int t = 0; t < T; t++) {
          for (int v = 0; v < V; v++) {
            out[i++] = (float) z(p, b, t, v);
          }
        }
      }
    }
    return out;
  }

  /** log softmax of the float logits, in double. */
  static double[] logProbs(float[] all, int p, int b, int t) {
    int base = ((p * B + b) * T + t) * V;
    double max = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < V; v++) {
      max = Math.max(max, all[base + v]);
    }
    double sum = 0;
    for (int v = 0; v < V; v++) {
      sum += Math.exp(all[base + v] - max);
    }
    double[] lp = new double[V];
    for (int v = 0; v < V; v++) {
      lp[v] = all[base + v] - max - Math.log(sum);
    }
    return lp;
  }

  static boolean real(int b, int t) {
    return TARGET[b * T + t] != 1;
  }

  /** fairseq's label-smoothed NLL summed over passes and real tokens; also returns the plain NLL. */
  static double[] expectedCe(float[] all, int passes, double eps) {
    double nll = 0;
    double smooth = 0;
    for (int p = 0; p < passes; p++) {
      for (int b = 0; b < B; b++) {
        for (int t = 0; t < T; t++) {
          if (!real(b, t)) {
            continue;
          }
          double[] lp = logProbs(all, p, b, t);
          nll -= lp[TARGET[b * T + t]];
          for (double x : lp) {
            smooth -= x;
          }
        }
      }
    }
    double epsI = eps / (V - 1);
    return new double[] {(1 - eps - epsI) * nll + epsI * smooth, nll};
  }

  /** (KL(Pi||Pj) + KL(Pj||Pi)) / 2 summed over real tokens. */
  static double expectedKl(float[] all, int i, int j) {
    double kl = 0;
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        if (!real(b, t)) {
          continue;
        }
        double[] li = logProbs(all, i, b, t);
        double[] lj = logProbs(all, j, b, t);
        double ij = 0;
        double ji = 0;
        for (int v = 0; v < V; v++) {
          ij += Math.exp(li[v]) * (li[v] - lj[v]);
          ji += Math.exp(lj[v]) * (lj[v] - li[v]);
        }
        kl += (ij + ji) / 2;
      }
    }
    return kl;
  }

  static double expectedMse(float[] all, int i, int j) {
    double s = 0;
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        if (!real(b, t)) {
          continue;
        }
        for (int v = 0; v < V; v++) {
          double d = all[((i * B + b) * T + t) * V + v] - all[((j * B + b) * T + t) * V + v];
          s += d * d;
        }
      }
    }
    return s;
  }

  private static LossTerms compute(RDropLoss loss, float[] all, int passes) {
    return loss.compute(ENGINE.manager().create(all, new Shape((long) passes * B, T, V)), TARGET, B, passes, ENGINE.manager());
  }

  @Test
  void klVariantMatchesThePaperFormula() {
    float[] all = logits(2);
    LossTerms terms = compute(new RDropLoss(0.1, 5.0, Consistency.KL), all, 2);
    double[] ce = expectedCe(all, 2, 0.1);
    double kl = expectedKl(all, 0, 1);
    assertThat(kl).isGreaterThan(0.01);
    assertThat(terms.tokens()).isEqualTo(5);
    assertThat((double) terms.consistency().getFloat()).isCloseTo(kl, Percentage.withPercentage(1e-3));
    assertThat((double) terms.nll().getFloat()).isCloseTo(ce[1], Percentage.withPercentage(1e-4));
    assertThat((double) terms.total().getFloat()).isCloseTo(ce[0] + 5.0 * kl, Percentage.withPercentage(1e-4));
  }

  @Test
  void mseVariantComparesRawOutputsWithoutHalving() {
    float[] all = logits(2);
    LossTerms terms = compute(new RDropLoss(0.1, 0.7, Consistency.MSE), all, 2);
    double mse = expectedMse(all, 0, 1);
    assertThat((double) terms.consistency().getFloat()).isCloseTo(mse, Percentage.withPercentage(1e-4));
    assertThat((double) terms.total().getFloat())
        .isCloseTo(expectedCe(all, 2, 0.1)[0] + 0.7 * mse, Percentage.withPercentage(1e-4));
  }

  @Test
  void threePassesAverageThePairwiseTerms() {
    float[] all = logits(3);
    LossTerms terms = compute(new RDropLoss(0.1, 5.0, Consistency.KL), all, 3);
    double kl = (expectedKl(all, 0, 1) + expectedKl(all, 0, 2) + expectedKl(all, 1, 2)) / 3;
    assertThat((double) terms.consistency().getFloat()).isCloseTo(kl, Percentage.withPercentage(1e-3));
    assertThat((double) terms.total().getFloat())
        .isCloseTo(expectedCe(all, 3, 0.1)[0] + 5.0 * kl, Percentage.withPercentage(1e-4));
  }

  @Test
  void baselineIsLabelSmoothedCrossEntropyOfOnePass() {
    float[] all = logits(1);
    LossTerms terms = compute(new RDropLoss(0.1, 0, Consistency.KL), all, 1);
    assertThat((double) terms.total().getFloat()).isCloseTo(expectedCe(all, 1, 0.1)[0], Percentage.withPercentage(1e-4));
    assertThat(terms.consistency().getFloat()).isZero();
    // Without smoothing the objective is the plain NLL.
    LossTerms plain = compute(new RDropLoss(0, 0, Consistency.KL), all, 1);
    assertThat((double) plain.total().getFloat()).isCloseTo(expectedCe(all, 1, 0)[1], Percentage.withPercentage(1e-4));
  }

  @Test
  void paddedPositionsContributeNothing() {
    float[] all = logits(2);
    float[] changed = all.clone();
    // Row 1, position 2 is padding in both passes: scramble its logits.
    for (int p = 0; p < 2; p++) {
      int base = ((p * B + 1) * T + 2) * V;
      for (int v = 0; v < V; v++) {
        changed[base + v] = 40f * (v % 2 == 0 ? 1 : -1) * (p + 1);
      }
    }
    RDropLoss loss = new RDropLoss(0.1, 5.0, Consistency.KL);
    assertThat(compute(loss, changed, 2).total().getFloat()).isEqualTo(compute(loss, all, 2).total().getFloat());
  }
}
