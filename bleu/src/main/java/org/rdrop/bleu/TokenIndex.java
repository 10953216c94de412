package org.rdrop.bleu;

import java.util.Arrays;

/**
 * Numbers the tokens of the references so that matching compares ints instead of strings.
 * References intern their tokens; hypotheses only look theirs up, straight from the tokenizer's
 * characters (no String per token): a token that no reference has cannot match, so it needs no id,
 * and the index can be shared by threads once the references are in.
 */
final class TokenIndex {
  static final int MISSING = -1;

  private char[][] tokens = new char[64][];
  private int[] hashes = new int[64];
  private int[] slots = newSlots(128); // token id per slot, MISSING when empty
  private int size;

  private static int[] newSlots(int n) {
    int[] s = new int[n];
    Arrays.fill(s, MISSING);
    return s;
  }

  int size() {
    return size;
  }

  int intern(String token) {
    char[] chars = token.toCharArray();
    int id = find(chars, 0, chars.length);
    if (id != MISSING) {
      return id;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    id = size++;
    tokens[id] = chars;
    hashes[id] = hash(chars, 0, chars.length);
    place(id);
    return id;
  }

  int find(String token) {
    char[] chars = token.toCharArray();
    return find(chars, 0, chars.length);
  }

  /** The id of the token {@code chars[from, to)}, or {@link #MISSING}. */
  int find(char[] chars, int from, int to) {
    int h = hash(chars, from, to);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int id = slots[i];
      if (id == MISSING) {
        return MISSING;
      }
      if (hashes[id] == h && Arrays.equals(tokens[id], 0, tokens[id].length, chars, from, to)) {
        return id;
      }
    }
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int i = hashes[id] & mask;
    while (slots[i] != MISSING) {
      i = (i + 1) & mask;
    }
    slots[i] = id;
  }

  private void grow() {
    slots = newSlots(slots.length * 2);
    for (int id = 0; id < size; id++) {
      place(id);
    }
  }

  /** A polynomial hash whose high bits are spread into the low ones the table indexes by. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
