package org.rdrop.text.bpe;

import java.util.Arrays;

/**
 * Dense ids for words, looked up by a range of a larger string without cutting it out first:
 * counting and segmenting a corpus meet each distinct word many times but need its String once.
 */
final class WordIndex {

  private int[] slots = new int[1 << 12]; // id + 1, 0 = empty
  private String[] words = new String[1 << 11];
  private int[] hashes = new int[1 << 11];
  private int size;

  /** Id of {@code text[begin, end)}, or -1. */
  int find(String text, int begin, int end) {
    int h = hash(text, begin, end);
    int mask = slots.length - 1;
    int len = end - begin;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      int id = s - 1;
      String w = words[id];
      if (hashes[id] == h && w.length() == len && text.regionMatches(begin, w, 0, len)) {
        return id;
      }
    }
  }

  /** Id of {@code text[begin, end)}, added when new. */
  int intern(String text, int begin, int end) {
    int id = find(text, begin, end);
    return id >= 0 ? id : add(text.substring(begin, end));
  }

  /** Id of {@code word}, added when new. */
  int intern(String word) {
    return intern(word, 0, word.length());
  }

  private int add(String word) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    int id = size++;
    int h = word.hashCode(); // same function as hash(): String's polynomial
    words[id] = word;
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

  String word(int id) {
    return words[id];
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(slots, 0);
    Arrays.fill(words, 0, size, null);
    size = 0;
  }

  private static int hash(String s, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }
}
