package org.rdrop.text.bpe;

import java.util.function.Consumer;

/**
 * The few Python 3 string semantics that subword-nmt's output depends on, so that the rest of the
 * package can speak plainly about them.
 *
 * <p>Python strings are code-point sequences; Java strings are UTF-16. Everything here works on
 * UTF-16 but never splits a surrogate pair, because every character it looks for is in the BMP.
 */
final class PythonText {

  private PythonText() {}

  /** subword-nmt strips these from both ends of lines, words and codes lines. */
  static boolean isStripChar(char c) {
    return c == '\r' || c == '\n' || c == ' ';
  }

  /**
   * {@code str.isspace()}, which is also what {@code \s} means in a Python 3 regex on str (and so
   * what {@code \S} excludes). Python 3.11's table; none of these is outside the BMP.
   */
  static boolean isSpace(char c) {
    return org.rdrop.text.PythonStrings.isSpace(c);
  }


  /** True when {@code s} holds a character that Python's regex {@code \s} matches. */
  static boolean containsSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line boundaries of {@code str.splitlines()}, which is how {@code codecs} readers (used by
   * learn_bpe.py for its input) cut a text into lines. {@code \r\n} counts as one boundary.
   */
  static boolean isLineBoundary(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || c == 0x1c
        || c == 0x1d
        || c == 0x1e
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /**
   * Cuts {@code text} into lines the way a {@code codecs} reader iterates a file: like {@code
   * str.splitlines(keepends=True)}; each line keeps its terminator.
   */
  static void forEachLineKeepEnds(CharSequence text, Consumer<String> action) {
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isLineBoundary(c)) {
        int end = i + 1;
        if (c == '\r' && end < n && text.charAt(end) == '\n') {
          end++;
        }
        action.accept(text.subSequence(start, end).toString());
        start = end;
        i = end;
      } else {
        i++;
      }
    }
    if (start < n) {
      action.accept(text.subSequence(start, n).toString());
    }
  }

  /** Index of the first character of {@code s} that {@code s.strip('\r\n ')} keeps. */
  static int stripStart(String s) {
    int i = 0;
    while (i < s.length() && isStripChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the last character of {@code s} that {@code s.rstrip('\r\n ')} keeps. */
  static int stripEnd(String s) {
    int e = s.length();
    while (e > 0 && isStripChar(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** {@code s.strip('\r\n ')}. */
  static String strip(String s) {
    int b = stripStart(s);
    if (b == s.length()) {
      return "";
    }
    return s.substring(b, stripEnd(s));
  }

  /**
   * Calls {@code action} for each non-empty field of {@code s.strip('\r\n ').split(' ')}: the
   * words of a line, as subword-nmt sees them.
   */
  static void forEachWord(String line, Consumer<String> action) {
    int b = stripStart(line);
    int e = b == line.length() ? b : stripEnd(line);
    int start = b;
    for (int i = b; i < e; i++) {
      if (line.charAt(i) == ' ') {
        if (i > start) {
          action.accept(line.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (e > start) {
      action.accept(line.substring(start, e));
    }
  }

  /** Number of code points, which is Python's {@code len()}. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Compares like Python compares str: by code point. {@link String#compareTo} compares UTF-16
   * units, which puts U+E000..U+FFFF after supplementary characters; this fixes that case.
   */
  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xd800 && y >= 0xd800) {
          return codePointRank(x) - codePointRank(y);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  /** Orders surrogates (which start supplementary code points) after U+E000..U+FFFF. */
  private static int codePointRank(char c) {
    return c >= 0xe000 ? c - 0x800 : c + 0x2000;
  }

  /**
   * Parses like Python's {@code int(s)} for the forms a counts file holds: surrounding
   * whitespace, an optional sign, ASCII digits with single underscores between them.
   *
   * @throws NumberFormatException for anything else
   */
  static long parseInt(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    String t = s.substring(b, e);
    if (t.indexOf('_') >= 0) {
      if (!t.matches("[+-]?[0-9]+(_[0-9]+)*")) {
        throw new NumberFormatException("not an integer: '" + s + "'");
      }
      t = t.replace("_", "");
    }
    if (!t.matches("[+-]?[0-9]+")) {
      throw new NumberFormatException("not an integer: '" + s + "'");
    }
    return Long.parseLong(t);
  }
}
