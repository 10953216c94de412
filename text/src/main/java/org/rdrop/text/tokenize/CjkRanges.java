package org.rdrop.text.tokenize;

/** detokenizer.perl's {@code charIsCJK}: the code point blocks it treats as Chinese, Japanese or Korean. */
final class CjkRanges {
  private static final int[][] RANGES = {
      {0x1100, 0x11FF},   // Hangul Jamo
      {0x2E80, 0xA4CF},   // CJK radicals ... Yi radicals, one span in the Perl code
      {0xA840, 0xA87F},   // Phags-pa
      {0xAC00, 0xD7AF},   // Hangul syllables
      {0xF900, 0xFAFF},   // CJK compatibility ideographs
      {0xFE30, 0xFE4F},   // CJK compatibility forms
      {0xFF65, 0xFFDC},   // halfwidth Katakana and Hangul
      {0x20000, 0x2FFFF}, // supplementary ideographic plane
  };

  private CjkRanges() {}

  static boolean isCjk(int codePoint) {
    for (int[] range : RANGES) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWithCjk(String word) {
    return !word.isEmpty() && isCjk(word.codePointAt(0));
  }

  static boolean endsWithCjk(String word) {
    return !word.isEmpty() && isCjk(word.codePointBefore(word.length()));
  }
}
