package org.rdrop.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python 3 string operations sacreBLEU's results depend on: {@code str.split()}, {@code
 * str.rstrip()} and {@code str.lower()}, with Python 3.11's Unicode data (14.0).
 *
 * <p>Python strings are code-point sequences, Java strings UTF-16; every whitespace character is in
 * the BMP, so whitespace tests work per UTF-16 unit without ever splitting a surrogate pair.
 */
public final class PythonStrings {
  private PythonStrings() {}

  /** {@code str.isspace()} for one character (Python 3.11; the set is the same in later versions). */
  public static boolean isSpace(int c) {
    if (c <= 0x20) {
      return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    if (c < 0x85) {
      return false;
    }
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** {@code s.split()}: the runs of non-whitespace characters. */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** {@code s.split()} for the first {@code length} characters of {@code chars}. */
  public static List<String> split(char[] chars, int length) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(chars[i])) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(chars[i])) {
        i++;
      }
      if (i > start) {
        out.add(new String(chars, start, i - start));
      }
    }
    return out;
  }

  /** {@code ' '.join(s.split())}: whitespace runs become one space, none at either end. */
  public static String normalizeSpace(CharSequence s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(s, start, i);
      }
    }
    return out.toString();
  }

  /** {@code s.rstrip()}. */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /**
   * {@code s.lower()} as Python 3.11 computes it: the full lowercase mapping of each code point (the
   * simple mapping except U+0130, which becomes "i" + U+0307), and capital sigma becomes final sigma
   * in the Final_Sigma context. Java 17 knows Unicode 13; the 40 lowercase pairs new in Unicode 14
   * are added here so that the result equals Python 3.11's for every code point.
   */
  public static String lower(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) { // fast path: nothing to change yet
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          break;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      if (cp == 0x130 || cp == 0x3a3 || lowerSimple(cp) != cp) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n + 4).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      if (cp == 0x130) {
        out.append('i').append('\u0307');
      } else if (cp == 0x3a3) {
        out.append(isFinalSigma(s, i) ? '\u03c2' : '\u03c3');
      } else {
        out.appendCodePoint(lowerSimple(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The simple lowercase mapping of Unicode 14.0. */
  public static int lowerSimple(int cp) {
    int l = Character.toLowerCase(cp);
    if (l != cp) {
      return l;
    }
    // Case pairs added in Unicode 14.0 (unknown to Java 17).
    if (cp == 0x2c2f) {
      return 0x2c5f; // Glagolitic capital caudate chri
    }
    if (cp == 0xa7c0 || cp == 0xa7d0 || cp == 0xa7d6 || cp == 0xa7d8) {
      return cp + 1; // Latin additions
    }
    if (cp >= 0x10570 && cp <= 0x10595 && cp != 0x1057b && cp != 0x1058b && cp != 0x10593) {
      return cp + 0x27; // Vithkuqi capitals
    }
    return cp;
  }

  /**
   * Python's Final_Sigma test: a cased letter before (skipping case-ignorable characters) and no
   * cased letter after (skipping case-ignorable characters).
   */
  private static boolean isFinalSigma(String s, int at) {
    int j = at;
    char before = NEITHER;
    while (j > 0) {
      int cp = s.codePointBefore(j);
      j -= Character.charCount(cp);
      before = caseContext(cp);
      if (before != IGNORABLE) {
        break;
      }
    }
    if (before != CASED) {
      return false;
    }
    j = at + 1;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      j += Character.charCount(cp);
      char after = caseContext(cp);
      if (after != IGNORABLE) {
        return after != CASED;
      }
    }
    return true;
  }

  private static final char IGNORABLE = 'I';
  private static final char CASED = 'C';
  private static final char NEITHER = '-';

  /**
   * Code points whose Case_Ignorable or Cased property in Unicode 14.0 (Python 3.11) differs from
   * what Java 17's Unicode 13 data gives: {first, last, class}. Found by comparing Python 3.11's
   * {@code lower()} around a capital sigma with this class over all code points.
   */
  private static final int[][] UNICODE_14_CASE_CONTEXT = {
    {0x888, 0x888, 'I'}, {0x890, 0x891, 'I'}, {0x898, 0x89f, 'I'}, {0x8c9, 0x8d2, 'I'},
    {0xc3c, 0xc3c, 'I'}, {0x1734, 0x1734, '-'}, {0x180f, 0x180f, 'I'}, {0x1ac1, 0x1ace, 'I'},
    {0x1dfa, 0x1dfa, 'I'}, {0x2c2f, 0x2c2f, 'C'}, {0x2c5f, 0x2c5f, 'C'}, {0xa7c0, 0xa7c1, 'C'},
    {0xa7d0, 0xa7d1, 'C'}, {0xa7d3, 0xa7d3, 'C'}, {0xa7d5, 0xa7d9, 'C'}, {0xa7f2, 0xa7f4, 'I'},
    {0xfbc2, 0xfbc2, 'I'}, {0x10570, 0x1057a, 'C'}, {0x1057c, 0x1058a, 'C'},
    {0x1058c, 0x10592, 'C'}, {0x10594, 0x10595, 'C'}, {0x10597, 0x105a1, 'C'},
    {0x105a3, 0x105b1, 'C'}, {0x105b3, 0x105b9, 'C'}, {0x105bb, 0x105bc, 'C'},
    {0x10780, 0x10785, 'I'}, {0x10787, 0x107b0, 'I'}, {0x107b2, 0x107ba, 'I'},
    {0x10f82, 0x10f85, 'I'}, {0x11070, 0x11070, 'I'}, {0x11073, 0x11074, 'I'},
    {0x110c2, 0x110c2, 'I'}, {0x1aff0, 0x1aff3, 'I'}, {0x1aff5, 0x1affb, 'I'},
    {0x1affd, 0x1affe, 'I'}, {0x1cf00, 0x1cf2d, 'I'}, {0x1cf30, 0x1cf46, 'I'},
    {0x1df00, 0x1df09, 'C'}, {0x1df0b, 0x1df1e, 'C'}, {0x1e2ae, 0x1e2ae, 'I'},
  };

  /** Case_Ignorable first (such characters are skipped whatever else they are), then Cased. */
  static char caseContext(int cp) {
    if (cp >= 0x888) {
      for (int[] r : UNICODE_14_CASE_CONTEXT) {
        if (cp >= r[0] && cp <= r[1]) {
          return (char) r[2];
        }
      }
    }
    if (isCaseIgnorableJava(cp)) {
      return IGNORABLE;
    }
    return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)
        ? CASED
        : NEITHER;
  }

  /**
   * Unicode's Case_Ignorable property from Java's data: general categories Mn, Me, Cf, Lm, Sk, and
   * the characters whose Word_Break is MidLetter, MidNumLet or Single_Quote.
   */
  private static boolean isCaseIgnorableJava(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.MODIFIER_LETTER:
      case Character.MODIFIER_SYMBOL:
        return true;
      default:
        break;
    }
    switch (cp) {
      case 0x27: case 0x2e: case 0x3a: case 0xb7: case 0x387: case 0x55f: case 0x5f4:
      case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xfe13: case 0xfe52:
      case 0xfe55: case 0xff07: case 0xff0e: case 0xff1a:
        return true;
      default:
        return false;
    }
  }
}
