package org.rdrop.bleu;

import java.io.Serializable;
import java.util.Arrays;

/**
 * BLEU's sufficient statistics, for one sentence or summed over many: hypothesis length, the
 * reference length chosen for it, and per n-gram order (1..4) the clipped matches and the
 * hypothesis n-grams. Corpus BLEU is a function of their sum, which is what lets it be computed
 * piecewise (a Beam Combine) and resampled cheaply (significance tests).
 *
 * <p>The layout of {@link #toArray()} is sacreBLEU's: {@code [sys_len, ref_len, correct_1..4,
 * total_1..4]}.
 */
public final class BleuStats implements Serializable {
  private static final long serialVersionUID = 1L;

  /** sacreBLEU's maximum n-gram order. */
  public static final int MAX_ORDER = 4;

  /** Length of {@link #toArray()}. */
  public static final int SIZE = 2 + 2 * MAX_ORDER;

  /** All zero: the neutral element of {@link #plus}. */
  public static final BleuStats ZERO = new BleuStats(new long[SIZE]);

  private final long[] v;

  private BleuStats(long[] v) {
    this.v = v;
  }

  /** From sacreBLEU's layout {@code [sys_len, ref_len, correct_1..4, total_1..4]}. */
  public static BleuStats of(long[] values) {
    if (values.length != SIZE) {
      throw new IllegalArgumentException("BLEU statistics need " + SIZE + " values, got " + values.length);
    }
    for (int i = 0; i < SIZE; i++) {
      if (values[i] < 0) {
        throw new IllegalArgumentException("negative BLEU statistic at " + i + ": " + values[i]);
      }
    }
    return new BleuStats(values.clone());
  }

  public static BleuStats of(long sysLen, long refLen, long[] correct, long[] total) {
    long[] v = new long[SIZE];
    v[0] = sysLen;
    v[1] = refLen;
    System.arraycopy(correct, 0, v, 2, MAX_ORDER);
    System.arraycopy(total, 0, v, 2 + MAX_ORDER, MAX_ORDER);
    return of(v);
  }

  public long sysLen() {
    return v[0];
  }

  public long refLen() {
    return v[1];
  }

  /** Clipped matches of order n (1-based). */
  public long correct(int n) {
    return v[1 + n];
  }

  /** Hypothesis n-grams of order n (1-based). */
  public long total(int n) {
    return v[1 + MAX_ORDER + n];
  }

  /** Value i of sacreBLEU's layout. */
  public long get(int i) {
    return v[i];
  }

  public long[] toArray() {
    return v.clone();
  }

  /** Per-sentence statistics as the rows the significance tests take ({@link Bleu#metric}). */
  public static long[][] rows(BleuStats[] stats) {
    long[][] rows = new long[stats.length][];
    for (int i = 0; i < stats.length; i++) {
      rows[i] = stats[i].toArray();
    }
    return rows;
  }

  public BleuStats plus(BleuStats o) {
    long[] s = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      s[i] = Math.addExact(v[i], o.v[i]);
    }
    return new BleuStats(s);
  }

  /** Adds these statistics into {@code acc} (length {@link #SIZE}). */
  public void addTo(long[] acc) {
    for (int i = 0; i < SIZE; i++) {
      acc[i] += v[i];
    }
  }

  public static BleuStats sum(Iterable<BleuStats> all) {
    long[] acc = new long[SIZE];
    for (BleuStats s : all) {
      s.addTo(acc);
    }
    return new BleuStats(acc);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BleuStats && Arrays.equals(v, ((BleuStats) o).v);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(v);
  }

  @Override
  public String toString() {
    return "BleuStats" + Arrays.toString(v);
  }
}
