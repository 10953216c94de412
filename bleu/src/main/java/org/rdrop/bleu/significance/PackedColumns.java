package org.rdrop.bleu.significance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several systems' statistics as one row per sentence with every system's values side by side, so
 * that adding a sentence to all systems' sums is one loop. A column equal to an earlier one in
 * every sentence (BLEU's total_1 is sys_len; with one reference, ref_len is the same for every
 * system) is stored once. When the values are not negative and no sum the caller forms can reach
 * 2^b, {@code 64 / b} values share one long, b bits each: adding (and multiplying by a count)
 * packed longs then never carries from one value into the next, so one operation does the work of
 * several, and the sums are exact.
 */
final class PackedColumns {
  /** Which sums of rows the caller forms, which bounds them. */
  enum Sums {
    /** n rows drawn with repetition: at most n times the largest value. */
    RESAMPLE,
    /** Each row at most once: at most the column's total. */
    SUBSET
  }

  private final int lanes;
  private final int bits;
  private final int[] source; // column -> its stored (distinct) column
  private final int width;
  private final long[] rows;

  private PackedColumns(int lanes, int bits, int[] source, int width, long[] rows) {
    this.lanes = lanes;
    this.bits = bits;
    this.source = source;
    this.width = width;
    this.rows = rows;
  }

  /** Columns: those of {@code matrices.get(0)}, then those of the next matrix, and so on. */
  static PackedColumns of(List<long[][]> matrices, Sums sums) {
    int n = matrices.get(0).length;
    int perMatrix = matrices.get(0)[0].length;
    int columns = matrices.size() * perMatrix;
    long[][] byColumn = new long[columns][n];
    for (int s = 0; s < matrices.size(); s++) {
      long[][] rows = matrices.get(s);
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < perMatrix; k++) {
          byColumn[s * perMatrix + k][i] = rows[i][k];
        }
      }
    }
    int[] source = new int[columns];
    List<long[]> distinct = new ArrayList<>();
    Map<Integer, List<Integer>> byHash = new HashMap<>();
    for (int c = 0; c < columns; c++) {
      List<Integer> candidates = byHash.computeIfAbsent(Arrays.hashCode(byColumn[c]), h -> new ArrayList<>());
      int found = -1;
      for (int d : candidates) {
        if (Arrays.equals(distinct.get(d), byColumn[c])) {
          found = d;
          break;
        }
      }
      if (found < 0) {
        found = distinct.size();
        distinct.add(byColumn[c]);
        candidates.add(found);
      }
      source[c] = found;
    }
    long bound = bound(distinct, n, sums);
    int bits = bound < 0 ? 64 : Math.max(1, 64 - Long.numberOfLeadingZeros(bound));
    int lanes = 64 / bits;
    int width = (distinct.size() + lanes - 1) / lanes;
    long[] packed = new long[n * width];
    for (int d = 0; d < distinct.size(); d++) {
      long[] values = distinct.get(d);
      int shift = (d % lanes) * bits;
      for (int i = 0; i < n; i++) {
        packed[i * width + d / lanes] += lanes == 1 ? values[i] : values[i] << shift;
      }
    }
    return new PackedColumns(lanes, bits, source, width, packed);
  }

  /** The largest sum the caller can form, or -1 when values are negative or it may overflow. */
  private static long bound(List<long[]> columns, int n, Sums sums) {
    long bound = 0;
    for (long[] column : columns) {
      long total = 0;
      long largest = 0;
      for (long v : column) {
        if (v < 0) {
          return -1;
        }
        largest = Math.max(largest, v);
        total += v;
        if (total < 0) {
          return -1;
        }
      }
      if (sums == Sums.RESAMPLE && largest > Long.MAX_VALUE / n) {
        return -1;
      }
      bound = Math.max(bound, sums == Sums.RESAMPLE ? largest * n : total);
    }
    return bound;
  }

  /** Longs per packed row. */
  int width() {
    return width;
  }

  /** Packed rows, sentence after sentence ({@link #width()} longs each). */
  long[] rows() {
    return rows;
  }

  /** Number of columns, duplicates included. */
  int columns() {
    return source.length;
  }

  /** Column {@code column} of the packed sums starting at {@code sums[offset]}. */
  long value(long[] sums, int offset, int column) {
    int d = source[column];
    if (lanes == 1) {
      return sums[offset + d];
    }
    return (sums[offset + d / lanes] >>> ((d % lanes) * bits)) & ((1L << bits) - 1);
  }
}
