package org.rdrop.text.bpe;

/**
 * Open-addressing map from non-negative int keys to int counts that never forgets a key once
 * touched (like a Python {@code defaultdict(int)}): the per-pair word index of the learner.
 */
final class IntCounts {

  private static final int EMPTY = -1;

  private int[] keys;
  private int[] counts;
  private int size;

  IntCounts() {
    keys = new int[] {EMPTY, EMPTY, EMPTY, EMPTY};
    counts = new int[4];
  }

  /** Adds {@code delta} to the count of {@code key}, creating it at 0 first. */
  void add(int key, int delta) {
    int mask = keys.length - 1;
    int h = key * 0x9E3779B1;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      int k = keys[i];
      if (k == key) {
        counts[i] += delta;
        return;
      }
      if (k == EMPTY) {
        if ((size + 1) * 4 > keys.length * 3) {
          grow();
          add(key, delta);
          return;
        }
        keys[i] = key;
        counts[i] = delta;
        size++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** Raw slot arrays for iteration: a slot is used when its key is not negative. */
  int[] keySlots() {
    return keys;
  }

  int[] countSlots() {
    return counts;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new int[oldKeys.length * 2];
    java.util.Arrays.fill(keys, EMPTY);
    counts = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldCounts[i]);
      }
    }
  }
}
