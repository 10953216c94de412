package org.rdrop.corpora.bible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds verse slots whose two translations are not translations of each other although they carry
 * the same reference. The Spanish module fills the KJV's slots with its own verse numbering in a few
 * places (for example Numbers 13, Job 39-40, Jonah 2), shifting whole runs of verses by one to six
 * slots. Both modules tag words with Strong's numbers, which name the underlying Hebrew or Greek
 * word, so a translation pair shares most of them and a shifted pair few.
 *
 * <p>With J(a, b) the Jaccard overlap of two verses' Strong's-number sets, a slot i is flagged when
 *
 * <ul>
 *   <li><b>shift</b>: over the window of slots i-2..i+2, the mean J(english[w], spanish[w+d]) for
 *       some d in ±1..±6 beats the mean for d = 0 by at least 0.10 (a run is displaced); or
 *   <li><b>neighbour</b>: J(english[i], spanish[i]) is below 0.30 and J(english[i], spanish[i+d])
 *       for some d in ±1..±6 beats it by at least 0.15 (a single displaced verse).
 * </ul>
 *
 * The thresholds were set by looking at the data: aligned slots have a median J of 0.83, shifted
 * ones mostly below 0.15, and refrains (the same verse repeated nearby) have a high J at d = 0,
 * which keeps them out of the second rule.
 */
public final class VerseAlignmentCheck {
  static final int WINDOW = 2;
  static final int MAX_SHIFT = 6;
  static final double WINDOW_MARGIN = 0.10;
  static final double PAIR_CEILING = 0.30;
  static final double PAIR_MARGIN = 0.15;

  /** A flagged slot: its index, the rule that fired ("shift" or "neighbour") and the numbers. */
  public record Flag(int index, String rule, String detail) {}

  private VerseAlignmentCheck() {}

  /**
   * Flags among the {@code candidates} slots (those with text on both sides), in index order. The
   * three lists are parallel, one entry per verse slot in canonical order.
   */
  public static List<Flag> check(
      List<Set<String>> english, List<Set<String>> spanish, List<Boolean> candidates) {
    int n = english.size();
    if (spanish.size() != n || candidates.size() != n) {
      throw new IllegalArgumentException("english, spanish and candidates differ in length");
    }
    // j[d + MAX_SHIFT][w] = J(english[w], spanish[w + d]), NaN where w + d is out of range.
    double[][] j = new double[2 * MAX_SHIFT + 1][n];
    for (int d = -MAX_SHIFT; d <= MAX_SHIFT; d++) {
      for (int w = 0; w < n; w++) {
        j[d + MAX_SHIFT][w] = (w + d < 0 || w + d >= n) ? Double.NaN : jaccard(english.get(w), spanish.get(w + d));
      }
    }
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!candidates.get(i)) {
        continue;
      }
      double window0 = windowMean(j[MAX_SHIFT], i, n);
      double pair0 = j[MAX_SHIFT][i];
      double bestWindow = Double.NEGATIVE_INFINITY;
      int bestWindowShift = 0;
      double bestPair = Double.NEGATIVE_INFINITY;
      int bestPairShift = 0;
      for (int d = -MAX_SHIFT; d <= MAX_SHIFT; d++) {
        if (d == 0) {
          continue;
        }
        double w = windowMean(j[d + MAX_SHIFT], i, n);
        if (w > bestWindow) {
          bestWindow = w;
          bestWindowShift = d;
        }
        double p = j[d + MAX_SHIFT][i];
        if (!Double.isNaN(p) && p > bestPair) {
          bestPair = p;
          bestPairShift = d;
        }
      }
      if (bestWindow >= window0 + WINDOW_MARGIN) {
        flags.add(new Flag(i, "shift", format("window mean J %.2f at d=0, %.2f at d=%+d", window0, bestWindow, bestWindowShift)));
      } else if (pair0 < PAIR_CEILING && bestPair >= pair0 + PAIR_MARGIN) {
        flags.add(new Flag(i, "neighbour", format("J %.2f at d=0, %.2f at d=%+d", pair0, bestPair, bestPairShift)));
      }
    }
    return flags;
  }

  /** |a ∩ b| / |a ∪ b|, and 0 when both are empty. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0.0;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** Mean of the defined values over slots i-WINDOW..i+WINDOW, summed in index order; 0 if none. */
  private static double windowMean(double[] values, int i, int n) {
    double sum = 0;
    int count = 0;
    for (int w = Math.max(0, i - WINDOW); w <= Math.min(n - 1, i + WINDOW); w++) {
      if (!Double.isNaN(values[w])) {
        sum += values[w];
        count++;
      }
    }
    return count == 0 ? 0.0 : sum / count;
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
