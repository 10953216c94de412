package org.rdrop.trainer.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.data.Specials;

/**
 * Greedy decoding: at each step the most probable token (the lowest id among equals, as argmax), with
 * fairseq's constraints: never pad, no eos below the min length (1: not first), only eos at the max
 * length, no repeated n-gram with n-gram blocking. It is what beam search with beam 1 does, written
 * plainly; tests hold the two against each other.
 */
public final class Greedy {
  private Greedy() {}

  /** One hypothesis per sentence of the scorer (one row each), score normalised as beam search's. */
  public static List<Hypothesis> search(StepScorer scorer, int[] maxLens, double lengthPenalty) {
    return search(scorer, maxLens, lengthPenalty, TokenConstraints.DEFAULT);
  }

  /** {@link #search(StepScorer, int[], double)} with a min length and n-gram blocking. */
  public static List<Hypothesis> search(StepScorer scorer, int[] maxLens, double lengthPenalty,
      TokenConstraints constraints) {
    int vocab = scorer.vocab();
    boolean[] banned = new boolean[vocab];
    int n = maxLens.length;
    Hypothesis[] out = new Hypothesis[n];
    List<Integer> active = new ArrayList<>();
    List<int[]> prefixes = new ArrayList<>();
    List<Float> sums = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (maxLens[i] < constraints.minLen()) {
        throw new IllegalArgumentException(
            "sentence " + i + ": max length " + maxLens[i] + " is below the min length " + constraints.minLen());
      }
      active.add(i);
      prefixes.add(new int[] {Specials.EOS});
      sums.add(0f);
    }
    for (int step = 0; !active.isEmpty(); step++) {
      float[] lp = scorer.next(prefixes.toArray(int[][]::new));
      List<Integer> nextActive = new ArrayList<>();
      List<int[]> nextPrefixes = new ArrayList<>();
      List<Float> nextSums = new ArrayList<>();
      List<Integer> keep = new ArrayList<>();
      for (int r = 0; r < active.size(); r++) {
        int sentence = active.get(r);
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        boolean blocking = constraints.blocked(prefixes.get(r), step, banned);
        for (int v = 0; v < vocab; v++) {
          if (v == Specials.PAD || (step >= maxLens[sentence] && v != Specials.EOS)
              || (v == Specials.EOS && !constraints.eosAllowed(step))) {
            continue;
          }
          float x = blocking && banned[v] ? Float.NEGATIVE_INFINITY : lp[r * vocab + v];
          if (Float.isNaN(x)) {
            x = Float.NEGATIVE_INFINITY;
          }
          if (best < 0 || x > bestValue) {
            best = v;
            bestValue = x;
          }
        }
        float sum = sums.get(r) + bestValue;
        int[] prefix = Arrays.copyOf(prefixes.get(r), step + 2);
        prefix[step + 1] = best;
        if (best == Specials.EOS) {
          float score = sum / (float) StrictMath.pow(step + 1, lengthPenalty);
          out[sentence] = new Hypothesis(Arrays.copyOfRange(prefix, 1, prefix.length), score);
        } else {
          nextActive.add(sentence);
          nextPrefixes.add(prefix);
          nextSums.add(sum);
          keep.add(r);
        }
      }
      active = nextActive;
      prefixes = nextPrefixes;
      sums = nextSums;
      if (!active.isEmpty()) {
        scorer.reorder(keep.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return List.of(out);
  }
}
