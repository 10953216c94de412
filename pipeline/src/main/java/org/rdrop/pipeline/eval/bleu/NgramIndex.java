package org.rdrop.pipeline.eval.bleu;

import java.util.HashMap;

/**
 * Numbers n-grams so that matching compares ints instead of token tuples. A token gets an id; an
 * n-gram of order n > 1 gets an id from its (n-1)-gram prefix's id and its last token's id. Ids
 * are per order and only mean something within one index.
 *
 * <p>References intern their n-grams; hypotheses only look theirs up: an n-gram that no reference
 * has cannot match, so it needs no id (and the index can be shared by threads once the references
 * are in).
 */
final class NgramIndex {
  static final int MISSING = -1;

  private final HashMap<String, Integer> tokens = new HashMap<>();
  private final LongIntMap[] extensions = new LongIntMap[BleuStats.MAX_ORDER + 1];
  private final int[] nextId = new int[BleuStats.MAX_ORDER + 1];

  NgramIndex() {
    for (int n = 2; n <= BleuStats.MAX_ORDER; n++) {
      extensions[n] = new LongIntMap();
    }
  }

  int internToken(String token) {
    Integer id = tokens.get(token);
    if (id == null) {
      id = nextId[1]++;
      tokens.put(token, id);
    }
    return id;
  }

  int findToken(String token) {
    Integer id = tokens.get(token);
    return id == null ? MISSING : id;
  }

  /** The id of the order-n n-gram made of the (n-1)-gram {@code prefix} and {@code token}. */
  int internExtension(int n, int prefix, int token) {
    long key = key(prefix, token);
    int id = extensions[n].get(key);
    if (id == MISSING) {
      id = nextId[n]++;
      extensions[n].put(key, id);
    }
    return id;
  }

  int findExtension(int n, int prefix, int token) {
    if (prefix == MISSING || token == MISSING) {
      return MISSING;
    }
    return extensions[n].get(key(prefix, token));
  }

  private static long key(int prefix, int token) {
    return ((long) prefix << 32) | (token & 0xFFFFFFFFL);
  }

  /** Open addressing, long keys (never negative here) to int values. */
  private static final class LongIntMap {
    private static final long EMPTY = -1L;
    private long[] keys = newKeys(64);
    private int[] values = new int[64];
    private int size;

    private static long[] newKeys(int n) {
      long[] k = new long[n];
      java.util.Arrays.fill(k, EMPTY);
      return k;
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == EMPTY) {
          return MISSING;
        }
      }
    }

    void put(long key, int value) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != EMPTY && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == EMPTY) {
        size++;
      }
      keys[i] = key;
      values[i] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = newKeys(oldKeys.length * 2);
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & mask;
    }
  }
}
