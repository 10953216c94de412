package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;

/**
 * sacreBLEU's {@code 13a} tokenizer (mteval-v13a.pl's, used by WMT), without regular expressions.
 *
 * <p>sacreBLEU first drops {@code <skipped>} and {@code -\n}, turns newlines into spaces and, when the
 * line has an ampersand, unescapes {@code &quot; &amp; &lt; &gt;} in that order. On {@code " " +
 * line + " "} it then applies four substitutions, each over the whole string, left to right without
 * overlapping matches:
 *
 * <ol>
 *   <li>{@code ([\{-\~\[-\` -\&\(-\+\:-\@\/])} becomes {@code " \1 "};
 *   <li>{@code ([^0-9])([\.,])} becomes {@code "\1 \2 "};
 *   <li>{@code ([\.,])([^0-9])} becomes {@code " \1 \2"};
 *   <li>{@code ([0-9])(-)} becomes {@code "\1 \2 "};
 * </ol>
 *
 * and finally joins the whitespace-separated words with single spaces. Each pass here is a scan
 * that does exactly what {@code re.sub} does for a two-character pattern: test a match at each
 * position, and after a match go on behind it. Working on UTF-16 units gives the same string as
 * Python's code points: the classes that matter are ASCII, and a surrogate only ever matches
 * {@code [^0-9]}, where the text around it is copied unchanged.
 */
final class Tokenizer13a implements BleuTokenizer {
  private static final long serialVersionUID = 1L;

  @Override
  public String tokenize(String line) {
    Work w = new Work();
    int len = substitute(line, w);
    return PythonStrings.normalizeSpace(java.nio.CharBuffer.wrap(w.result, 0, len));
  }

  @Override
  public java.util.List<String> tokens(String line) {
    Work w = new Work();
    int len = substitute(line, w);
    return PythonStrings.split(w.result, len);
  }

  /**
   * Buffers one thread reuses from line to line. After {@link #substitute}, {@link #result} holds
   * the substituted line, whose split on whitespace is the token list.
   */
  static final class Work {
    private char[] a = new char[256];
    private char[] b = new char[256];
    char[] result;

    private static char[] ensure(char[] buf, int size) {
      return buf.length >= size ? buf : new char[Math.max(size, 2 * buf.length)];
    }
  }

  /**
   * The four substitutions, before whitespace is normalised: the text is left in {@code w.result},
   * its length returned.
   */
  static int substitute(String line, Work w) {
    if (line.indexOf('<') >= 0) {
      line = line.replace("<skipped>", "");
    }
    if (line.indexOf('\n') >= 0) {
      line = line.replace("-\n", "").replace('\n', ' ');
    }
    if (line.indexOf('&') >= 0) {
      line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    int n = line.length();
    char[] a = w.a = Work.ensure(w.a, 3 * n + 2);
    int len = 0;
    a[len++] = ' ';
    boolean periodOrComma = false;
    boolean hyphen = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (isSeparatedSymbol(c)) {
        a[len++] = ' ';
        a[len++] = c;
        a[len++] = ' ';
      } else {
        a[len++] = c;
        periodOrComma |= isPeriodOrComma(c);
        hyphen |= c == '-';
      }
    }
    a[len++] = ' ';
    // Passes 2 and 3 only act next to a period or comma, pass 4 only before a hyphen.
    if (periodOrComma) {
      // ([^0-9])([\.,]) -> "\1 \2 "
      char[] b = w.b = Work.ensure(w.b, 2 * len);
      int out = 0;
      for (int i = 0; i < len; ) {
        char c = a[i];
        if (i + 1 < len && !isDigit(c) && isPeriodOrComma(a[i + 1])) {
          b[out++] = c;
          b[out++] = ' ';
          b[out++] = a[i + 1];
          b[out++] = ' ';
          i += 2;
        } else {
          b[out++] = c;
          i++;
        }
      }
      // ([\.,])([^0-9]) -> " \1 \2"
      a = w.a = Work.ensure(w.a, 2 * out);
      len = 0;
      for (int i = 0; i < out; ) {
        char c = b[i];
        if (i + 1 < out && isPeriodOrComma(c) && !isDigit(b[i + 1])) {
          a[len++] = ' ';
          a[len++] = c;
          a[len++] = ' ';
          a[len++] = b[i + 1];
          i += 2;
        } else {
          a[len++] = c;
          i++;
        }
      }
    }
    if (hyphen) {
      // ([0-9])(-) -> "\1 \2 "
      char[] b = w.b = Work.ensure(w.b, 2 * len);
      int out = 0;
      for (int i = 0; i < len; ) {
        char c = a[i];
        if (i + 1 < len && isDigit(c) && a[i + 1] == '-') {
          b[out++] = c;
          b[out++] = ' ';
          b[out++] = '-';
          b[out++] = ' ';
          i += 2;
        } else {
          b[out++] = c;
          i++;
        }
      }
      // Swap, so that the next line reuses both buffers.
      w.b = a;
      w.a = b;
      a = b;
      len = out;
    }
    w.result = a;
    return len;
  }

  /** {@code [\{-\~\[-\` -\&\(-\+\:-\@\/]}: ASCII punctuation and symbols except {@code ' , - .}. */
  private static boolean isSeparatedSymbol(char c) {
    return c < 128 && SEPARATED[c]; // a table: this test runs on every character
  }

  private static final boolean[] SEPARATED = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      SEPARATED[c] = (c >= '{' && c <= '~')
          || (c >= '[' && c <= '`')
          || (c >= ' ' && c <= '&')
          || (c >= '(' && c <= '+')
          || (c >= ':' && c <= '@')
          || c == '/';
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPeriodOrComma(char c) {
    return c == '.' || c == ',';
  }

  @Override
  public String signature() {
    return "13a";
  }
}
