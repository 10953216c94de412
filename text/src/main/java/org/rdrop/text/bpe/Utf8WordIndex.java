package org.rdrop.text.bpe;

import java.util.Arrays;

/**
 * Dense ids for words given as ranges of a UTF-8 byte array, looked up without copying the range
 * first: {@link WordIndex} for bytes, so that applying codes to a file never decodes the words it has
 * already met.
 */
final class Utf8WordIndex {

  private int[] slots = new int[1 << 12]; // id + 1, 0 = empty
  private byte[][] words = new byte[1 << 11][];
  private int[] hashes = new int[1 << 11];
  private int size;

  /** Id of {@code text[begin, end)}, or -1. */
  int find(byte[] text, int begin, int end) {
    int h = hash(text, begin, end);
    int mask = slots.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      int id = s - 1;
      byte[] w = words[id];
      if (hashes[id] == h && Arrays.equals(w, 0, w.length, text, begin, end)) {
        return id;
      }
    }
  }

  /** Adds {@code text[begin, end)}, which {@link #find} did not find; returns its id. */
  int add(byte[] text, int begin, int end) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    int id = size++;
    int h = hash(text, begin, end);
    words[id] = Arrays.copyOfRange(text, begin, end);
    hashes[id] = h;
    place(id, h);
    return id;
  }

  private void place(int id, int h) {
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int id = 0; id < size; id++) {
      place(id, hashes[id]);
    }
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(slots, 0);
    Arrays.fill(words, 0, size, null);
    size = 0;
  }

  private static int hash(byte[] b, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + b[i];
    }
    return h;
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }
}
