package org.rdrop.pipeline.eval.bleu;

import java.util.Arrays;
import java.util.List;

/**
 * The references of one sentence, ready for matching: their lengths, and per n-gram order the
 * distinct n-gram ids (sorted) with the largest count any one reference has (sacreBLEU's clipping
 * counts across several references).
 */
final class SentenceReferences {
  private static final int ORDERS = BleuStats.MAX_ORDER;

  private final int[] lengths;
  private final int[][] ids = new int[ORDERS + 1][];
  private final int[][] maxCounts = new int[ORDERS + 1][];

  private SentenceReferences(int[] lengths) {
    this.lengths = lengths;
  }

  /** Interns the references' n-grams in {@code index}. {@code references}: token lists, at least one. */
  static SentenceReferences of(List<List<String>> references, NgramIndex index) {
    SentenceReferences r = new SentenceReferences(new int[references.size()]);
    for (int n = 1; n <= ORDERS; n++) {
      r.ids[n] = new int[0];
      r.maxCounts[n] = new int[0];
    }
    for (int k = 0; k < references.size(); k++) {
      List<String> tokens = references.get(k);
      r.lengths[k] = tokens.size();
      int[] tokenIds = new int[tokens.size()];
      for (int i = 0; i < tokenIds.length; i++) {
        tokenIds[i] = index.internToken(tokens.get(i));
      }
      r.mergeMax(1, tokenIds.clone());
      int[] prev = tokenIds;
      for (int n = 2; n <= ORDERS && n <= tokenIds.length; n++) {
        int[] cur = new int[tokenIds.length - n + 1];
        for (int i = 0; i < cur.length; i++) {
          cur[i] = index.internExtension(n, prev[i], tokenIds[i + n - 1]);
        }
        r.mergeMax(n, cur.clone());
        prev = cur;
      }
    }
    return r;
  }

  /** Keeps, for each n-gram id of {@code occurrences}, the larger of its count there and so far. */
  private void mergeMax(int n, int[] occurrences) {
    Arrays.sort(occurrences);
    int[] oldIds = ids[n];
    int[] oldCounts = maxCounts[n];
    int[] newIds = new int[oldIds.length + occurrences.length];
    int[] newCounts = new int[newIds.length];
    int a = 0;
    int b = 0;
    int out = 0;
    while (a < oldIds.length || b < occurrences.length) {
      int idB = b < occurrences.length ? occurrences[b] : Integer.MAX_VALUE;
      int end = b;
      while (end < occurrences.length && occurrences[end] == idB) {
        end++;
      }
      int countB = end - b;
      if (a < oldIds.length && (b >= occurrences.length || oldIds[a] < idB)) {
        newIds[out] = oldIds[a];
        newCounts[out++] = oldCounts[a++];
      } else if (a < oldIds.length && oldIds[a] == idB) {
        newIds[out] = idB;
        newCounts[out++] = Math.max(oldCounts[a++], countB);
        b = end;
      } else {
        newIds[out] = idB;
        newCounts[out++] = countB;
        b = end;
      }
    }
    ids[n] = Arrays.copyOf(newIds, out);
    maxCounts[n] = Arrays.copyOf(newCounts, out);
  }

  /** sacreBLEU's {@code _get_closest_ref_len}: the closest length; on a tie, the shorter. */
  int closestLength(int hypLength) {
    int closestDiff = -1;
    int closest = -1;
    for (int len : lengths) {
      int diff = Math.abs(hypLength - len);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closest = len;
      } else if (diff == closestDiff && len < closest) {
        closest = len;
      }
    }
    return closest;
  }

  /** The statistics of one hypothesis (a token list) against these references. */
  BleuStats match(List<String> hypothesis, NgramIndex index) {
    int len = hypothesis.size();
    long[] correct = new long[ORDERS];
    long[] total = new long[ORDERS];
    int[] prev = new int[len];
    int[] tokenIds = new int[len];
    for (int i = 0; i < len; i++) {
      tokenIds[i] = index.findToken(hypothesis.get(i));
      prev[i] = tokenIds[i];
    }
    for (int n = 1; n <= ORDERS && n <= len; n++) {
      int count = len - n + 1;
      total[n - 1] = count;
      int[] cur;
      if (n == 1) {
        cur = tokenIds;
      } else {
        cur = new int[count];
        for (int i = 0; i < count; i++) {
          cur[i] = index.findExtension(n, prev[i], tokenIds[i + n - 1]);
        }
      }
      correct[n - 1] = clippedMatches(n, cur, count);
      prev = cur;
    }
    return BleuStats.of(len, closestLength(len), correct, total);
  }

  /**
   * Sum over distinct n-grams of min(count in hypothesis, max count in a reference): each
   * occurrence of a reference n-gram in the hypothesis is a match while its running count stays
   * within the reference's count.
   */
  private long clippedMatches(int n, int[] hypIds, int count) {
    int[] refIds = ids[n];
    int[] refCounts = maxCounts[n];
    int[] used = new int[refIds.length];
    long matches = 0;
    for (int i = 0; i < count; i++) {
      int id = hypIds[i];
      if (id == NgramIndex.MISSING) {
        continue;
      }
      int r = Arrays.binarySearch(refIds, id);
      if (r >= 0 && ++used[r] <= refCounts[r]) {
        matches++;
      }
    }
    return matches;
  }
}
