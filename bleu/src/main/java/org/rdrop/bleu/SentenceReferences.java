package org.rdrop.bleu;

import java.util.Arrays;
import java.util.List;

/**
 * The references of one sentence, ready for matching: their lengths, and per n-gram order the
 * distinct n-grams (sorted keys) with the largest count any one reference has (sacreBLEU's clipping
 * counts across several references).
 *
 * <p>An n-gram is named locally: a unigram's key is its token id, an n-gram's key is the position
 * of its (n-1)-gram prefix in this sentence's sorted keys of order n-1, shifted left 32 bits, with
 * its last token's id in the low bits. A hypothesis n-gram whose prefix is not among the references'
 * cannot be among them either. Everything a match reads is in these few small arrays, so matching
 * stays in cache instead of probing a corpus-wide table. A match looks its n-grams up in a small
 * open-addressing table over each order's keys: a binary search of the sorted keys was a quarter
 * of a whole `rdrop bleu` run's time (its branches are unpredictable).
 */
final class SentenceReferences {
  private static final int ORDERS = BleuStats.MAX_ORDER;
  private static final int MISSING = TokenIndex.MISSING;

  private final int[] lengths;
  private final long[][] keys = new long[ORDERS + 1][];
  private final int[][] maxCounts = new int[ORDERS + 1][];
  // Per order: slots of a table at most half full, each the position of a key in keys[n], or MISSING.
  private final int[][] slots = new int[ORDERS + 1][];

  private SentenceReferences(int[] lengths) {
    this.lengths = lengths;
  }

  /** Interns the references' tokens in {@code index}. {@code references}: token lists, at least one. */
  static SentenceReferences of(List<List<String>> references, TokenIndex index) {
    return ofIds(intern(references, index));
  }

  /** The token ids of each reference, interned in {@code index} in order. */
  static int[][] intern(List<List<String>> references, TokenIndex index) {
    int[][] tokenIds = new int[references.size()][];
    for (int k = 0; k < tokenIds.length; k++) {
      List<String> tokens = references.get(k);
      tokenIds[k] = new int[tokens.size()];
      for (int i = 0; i < tokenIds[k].length; i++) {
        tokenIds[k][i] = index.intern(tokens.get(i));
      }
    }
    return tokenIds;
  }

  /**
   * The references given as token ids ({@link #intern}). Reads no index, so sentences can be built in
   * parallel once their tokens are interned.
   */
  static SentenceReferences ofIds(int[][] tokenIds) {
    int refCount = tokenIds.length;
    SentenceReferences r = new SentenceReferences(new int[refCount]);
    // local[k]: for reference k, the local id (position in keys[n]) of the n-gram at each position.
    int[][] local = new int[refCount][];
    for (int k = 0; k < refCount; k++) {
      r.lengths[k] = tokenIds[k].length;
    }
    for (int n = 1; n <= ORDERS; n++) {
      long[][] refKeys = new long[refCount][];
      int all = 0;
      for (int k = 0; k < refCount; k++) {
        int count = Math.max(0, tokenIds[k].length - n + 1);
        refKeys[k] = new long[count];
        for (int i = 0; i < count; i++) {
          refKeys[k][i] = n == 1 ? tokenIds[k][i] : key(local[k][i], tokenIds[k][i + n - 1]);
        }
        all += count;
      }
      long[] distinct = new long[all];
      int at = 0;
      for (long[] k : refKeys) {
        System.arraycopy(k, 0, distinct, at, k.length);
        at += k.length;
      }
      Arrays.sort(distinct);
      int unique = 0;
      for (int i = 0; i < all; i++) {
        if (i == 0 || distinct[i] != distinct[i - 1]) {
          distinct[unique++] = distinct[i];
        }
      }
      long[] sorted = Arrays.copyOf(distinct, unique);
      int[] table = table(sorted);
      int[] max = new int[unique];
      int[] count = new int[unique];
      for (int k = 0; k < refCount; k++) {
        Arrays.fill(count, 0);
        local[k] = new int[refKeys[k].length];
        for (int i = 0; i < refKeys[k].length; i++) {
          int id = find(sorted, table, refKeys[k][i]);
          local[k][i] = id;
          count[id]++;
        }
        for (int id = 0; id < unique; id++) {
          max[id] = Math.max(max[id], count[id]);
        }
      }
      r.keys[n] = sorted;
      r.maxCounts[n] = max;
      r.slots[n] = table;
    }
    return r;
  }

  /** An open-addressing table of the positions of {@code keys}, at most half full. */
  private static int[] table(long[] keys) {
    int size = Integer.highestOneBit(Math.max(1, keys.length)) * 4;
    int[] slots = new int[size];
    Arrays.fill(slots, MISSING);
    int mask = size - 1;
    for (int id = 0; id < keys.length; id++) {
      int i = slot(keys[id], mask);
      while (slots[i] != MISSING) {
        i = (i + 1) & mask;
      }
      slots[i] = id;
    }
    return slots;
  }

  /** A key's first slot: Fibonacci hashing, whose high bits mix every bit of the key. */
  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private static long key(int prefix, int token) {
    return ((long) prefix << 32) | token;
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
  BleuStats match(List<String> hypothesis, TokenIndex index) {
    Scratch scratch = new Scratch();
    int len = hypothesis.size();
    int[] tokenIds = scratch.tokenIds(len);
    for (int i = 0; i < len; i++) {
      tokenIds[i] = index.find(hypothesis.get(i));
    }
    return match(len, scratch);
  }

  /** Buffers reused from one hypothesis to the next by one thread. */
  static final class Scratch {
    private int[] tokenIds = new int[128];
    private int[] ids = new int[128];
    private int[] used = new int[128];

    /** The array to put a hypothesis' token ids in (MISSING for a token no reference has). */
    int[] tokenIds(int len) {
      if (tokenIds.length < len) {
        tokenIds = new int[Math.max(len, 2 * tokenIds.length)];
        ids = new int[tokenIds.length];
      }
      return tokenIds;
    }

    int[] used(int size) {
      if (used.length < size) {
        used = new int[Math.max(size, 2 * used.length)];
      } else {
        Arrays.fill(used, 0, size, 0);
      }
      return used;
    }
  }

  /** The statistics of the hypothesis whose {@code len} token ids are in {@code scratch}. */
  BleuStats match(int len, Scratch scratch) {
    int[] tokenIds = scratch.tokenIds;
    int[] ids = scratch.ids; // local ids of the current order's n-grams, updated in place
    long[] stats = new long[BleuStats.SIZE];
    stats[0] = len;
    stats[1] = closestLength(len);
    for (int n = 1; n <= ORDERS && n <= len; n++) {
      int count = len - n + 1;
      long[] refKeys = keys[n];
      int[] table = slots[n];
      int[] refCounts = maxCounts[n];
      int[] used = scratch.used(refKeys.length);
      long matches = 0;
      for (int i = 0; i < count; i++) {
        int token = tokenIds[i + n - 1];
        int id;
        if (n == 1) {
          id = token == MISSING ? MISSING : find(refKeys, table, token);
        } else {
          int prefix = ids[i];
          id = prefix == MISSING || token == MISSING ? MISSING : find(refKeys, table, key(prefix, token));
        }
        ids[i] = id;
        if (id != MISSING && ++used[id] <= refCounts[id]) {
          matches++;
        }
      }
      stats[1 + n] = matches;
      stats[1 + ORDERS + n] = count;
    }
    return BleuStats.of(stats);
  }

  /** The position of key in keys, or MISSING. */
  private static int find(long[] keys, int[] table, long key) {
    int mask = table.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int id = table[i];
      if (id == MISSING || keys[id] == key) {
        return id;
      }
    }
  }
}
