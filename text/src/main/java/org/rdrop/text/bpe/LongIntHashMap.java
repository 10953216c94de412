package org.rdrop.text.bpe;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative int values, for pair lookups. */
final class LongIntHashMap {

  private static final int MISSING = -1;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntHashMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, MISSING);
    mask = cap - 1;
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int i = slot(key);
    while (true) {
      int v = values[i];
      if (v == MISSING || keys[i] == key) {
        return v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Maps {@code key} to {@code value} (non-negative); the key must be absent. */
  void putNew(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (values[i] != MISSING) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, MISSING);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != MISSING) {
        putNew(oldKeys[i], oldValues[i]);
      }
    }
  }
}
