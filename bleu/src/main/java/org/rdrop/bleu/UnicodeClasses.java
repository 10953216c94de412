package org.rdrop.bleu;

/**
 * The Unicode general-category classes of sacreBLEU's {@code intl} tokenizer: {@code \p{P}}
 * (punctuation), {@code \p{S}} (symbols) and {@code \p{N}} (numbers), as the Python {@code regex}
 * module that sacreBLEU uses sees them.
 *
 * <p>Java 17 knows Unicode 13. The {@code regex} module installed with sacreBLEU 2.6.0 here (2026.9.29)
 * knows Unicode 17 (it classes U+20C1 SAUDI RIYAL SIGN as a symbol). Comparing the two over every
 * code point, they differ on 1,724 code points, all of them unassigned in Unicode 13 and assigned
 * since; none changed class. Those are listed here so that {@code intl} agrees with that {@code
 * regex} for every code point. (Older {@code regex} releases know fewer of them; for text written
 * before 2021 the question does not arise.)
 */
final class UnicodeClasses {
  private UnicodeClasses() {}

  static final char PUNCTUATION = 'P';
  static final char SYMBOL = 'S';
  static final char NUMBER = 'N';
  static final char OTHER = '-';

  /** Assigned after Unicode 13, in P, S or N: {first, last, class}, sorted, not overlapping. */
  private static final int[][] ADDED_AFTER_UNICODE_13 = {
    {0x61d, 0x61d, 'P'}, {0x888, 0x888, 'S'}, {0x1b4e, 0x1b4f, 'P'}, {0x1b7d, 0x1b7f, 'P'},
    {0x20c0, 0x20c4, 'S'}, {0x2427, 0x2429, 'S'}, {0x2b96, 0x2b96, 'S'}, {0x2e53, 0x2e5d, 'P'},
    {0x2e60, 0x2e63, 'P'}, {0x2ffc, 0x2fff, 'S'}, {0x31e4, 0x31e5, 'S'}, {0x31ef, 0x31ef, 'S'},
    {0xfbc2, 0xfbd2, 'S'}, {0xfd40, 0xfd4f, 'S'}, {0xfd90, 0xfd91, 'S'}, {0xfdc8, 0xfdcf, 'S'},
    {0xfdfe, 0xfdff, 'S'}, {0x10d40, 0x10d49, 'N'}, {0x10d6e, 0x10d6e, 'P'},
    {0x10d8e, 0x10d8f, 'S'}, {0x10ec9, 0x10eca, 'S'}, {0x10ed0, 0x10ed0, 'P'},
    {0x10ed1, 0x10ed8, 'S'}, {0x10f86, 0x10f89, 'P'}, {0x113d4, 0x113d5, 'P'},
    {0x113d7, 0x113d8, 'P'}, {0x116b9, 0x116b9, 'P'}, {0x116d0, 0x116e3, 'N'},
    {0x11b00, 0x11b09, 'P'}, {0x11be1, 0x11be1, 'P'}, {0x11bf0, 0x11bf9, 'N'},
    {0x11de0, 0x11de9, 'N'}, {0x11f43, 0x11f4f, 'P'}, {0x11f50, 0x11f59, 'N'},
    {0x1246f, 0x1246f, 'N'}, {0x12475, 0x1247f, 'N'}, {0x12550, 0x12686, 'N'},
    {0x12ff1, 0x12ff2, 'P'}, {0x16130, 0x16139, 'N'}, {0x16ac0, 0x16ac9, 'N'},
    {0x16d6d, 0x16d6f, 'P'}, {0x16d70, 0x16d79, 'N'}, {0x16ff4, 0x16ff6, 'N'},
    {0x1cc00, 0x1ccef, 'S'}, {0x1ccf0, 0x1ccf9, 'N'}, {0x1ccfa, 0x1ccfc, 'S'},
    {0x1cd00, 0x1ceb3, 'S'}, {0x1ceba, 0x1ced0, 'S'}, {0x1ced2, 0x1ced4, 'S'},
    {0x1cedd, 0x1cefd, 'S'}, {0x1cf50, 0x1cfc3, 'S'}, {0x1d1e9, 0x1d1ff, 'S'},
    {0x1d253, 0x1d25a, 'S'}, {0x1d25d, 0x1d25e, 'S'}, {0x1d260, 0x1d27f, 'S'},
    {0x1d2c0, 0x1d2d3, 'N'}, {0x1db00, 0x1db1c, 'S'}, {0x1e4f0, 0x1e4f9, 'N'},
    {0x1e5f1, 0x1e5fa, 'N'}, {0x1e5ff, 0x1e5ff, 'P'}, {0x1f1ae, 0x1f1ae, 'S'},
    {0x1f6d8, 0x1f6d9, 'S'}, {0x1f6dc, 0x1f6df, 'S'}, {0x1f774, 0x1f77f, 'S'},
    {0x1f7d9, 0x1f7db, 'S'}, {0x1f7f0, 0x1f7ff, 'S'}, {0x1f8b2, 0x1f8bb, 'S'},
    {0x1f8c0, 0x1f8c1, 'S'}, {0x1f8d0, 0x1f8d8, 'S'}, {0x1f979, 0x1f979, 'S'},
    {0x1f9cc, 0x1f9cc, 'S'}, {0x1fa54, 0x1fa57, 'S'}, {0x1fa75, 0x1fa77, 'S'},
    {0x1fa7b, 0x1fa7c, 'S'}, {0x1fa87, 0x1fa8f, 'S'}, {0x1faa9, 0x1faaf, 'S'},
    {0x1fab7, 0x1fabf, 'S'}, {0x1fac3, 0x1fac6, 'S'}, {0x1fac8, 0x1fac8, 'S'},
    {0x1facc, 0x1facf, 'S'}, {0x1fad7, 0x1fadd, 'S'}, {0x1fadf, 0x1faeb, 'S'},
    {0x1faef, 0x1fafa, 'S'}, {0x1fbcb, 0x1fbef, 'S'}, {0x1fbfa, 0x1fbfa, 'S'},
  };

  /** P, S, N or '-' for one code point. */
  static char classOf(int cp) {
    if (cp < 0x80) {
      return ASCII[cp];
    }
    char c = javaClass(Character.getType(cp));
    if (c != OTHER || cp < 0x61d) {
      return c;
    }
    int lo = 0;
    int hi = ADDED_AFTER_UNICODE_13.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] r = ADDED_AFTER_UNICODE_13[mid];
      if (cp < r[0]) {
        hi = mid - 1;
      } else if (cp > r[1]) {
        lo = mid + 1;
      } else {
        return (char) r[2];
      }
    }
    return OTHER;
  }

  private static final char[] ASCII = new char[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII[c] = javaClass(Character.getType(c));
    }
  }

  private static char javaClass(int type) {
    switch (type) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCTUATION;
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return SYMBOL;
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return NUMBER;
      default:
        return OTHER;
    }
  }
}
