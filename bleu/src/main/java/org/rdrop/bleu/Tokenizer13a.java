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
 * and finally joins the whitespace-separated words with single spaces. Each pass here does exactly
 * what {@code re.sub} does for a two-character pattern (a match may start where no earlier match
 * ended inside it), passes 2 and 3 deciding only at the periods and commas that pass 1 found, as
 * nothing else can match there. Working on UTF-16 units gives the same string as
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
    private char[] src = new char[128];
    private char[] a = new char[256];
    private char[] b = new char[256];
    private int[] marks = new int[128];
    char[] result;

    private static char[] ensure(char[] buf, int size) {
      return buf.length >= size ? buf : new char[Math.max(size, 2 * buf.length)];
    }

    private static int[] ensure(int[] buf, int size) {
      return buf.length >= size ? buf : new int[Math.max(size, 2 * buf.length)];
    }
  }

  /**
   * The four substitutions, before whitespace is normalised: the text is left in {@code w.result},
   * its length returned.
   */
  static int substitute(String line, Work w) {
    return substitute(line, w, false);
  }

  private static int substitute(String line, Work w, boolean cleaned) {
    int n = line.length();
    char[] src = w.src = Work.ensure(w.src, n);
    line.getChars(0, n, src, 0);
    char[] a = w.a = Work.ensure(w.a, 3 * n + 2);
    int len = 0;
    a[len++] = ' ';
    // Pass 1, and what passes 2 to 4 need: one scan of the characters (a scan per test, as
    // String.indexOf, was a sixth of the tokenizer's time). The rare line with a '<', '&' or newline
    // is cleaned first and scanned again (once: what cleaning leaves of them is ordinary text).
    int[] at = w.marks = Work.ensure(w.marks, n);
    int marks = 0; // the periods and commas, by position in a
    boolean hyphen = false;
    for (int i = 0; i < n; i++) {
      char c = src[i];
      int kind = c < 128 ? KIND[c] : 0;
      if ((kind & CLEANED) != 0 && !cleaned) {
        return substitute(clean(line), w, true);
      }
      if ((kind & SEPARATED) != 0) {
        a[len++] = ' ';
        a[len++] = c;
        a[len++] = ' ';
      } else {
        if (kind == PERIOD_OR_COMMA) {
          at[marks++] = len;
        }
        hyphen |= kind == HYPHEN;
        a[len++] = c;
      }
    }
    a[len++] = ' ';
    // Passes 2 and 3 only act at a period or comma: each copies the text between them in bulk and
    // decides at each one alone (copying every character, as the regular expressions read them, was a
    // tenth of a whole `rdrop bleu` run). Pass 4 only acts before a hyphen.
    if (marks > 0) {
      // ([^0-9])([\.,]) -> "\1 \2 ". A match starts at the character before a mark unless an earlier
      // match consumed it: that happens only when it is a mark that matched itself.
      char[] b = w.b = Work.ensure(w.b, len + 2 * marks);
      int out = 0;
      int from = 0;
      int lastMatched = -2;
      for (int k = 0; k < marks; k++) {
        int m = at[k];
        if (lastMatched != m - 1 && !isDigit(a[m - 1])) {
          System.arraycopy(a, from, b, out, m - from);
          out += m - from;
          b[out++] = ' ';
          at[k] = out;
          b[out++] = a[m];
          b[out++] = ' ';
          from = m + 1;
          lastMatched = m;
        } else {
          at[k] = m + out - from; // where the copy of the text around it will put it
        }
      }
      System.arraycopy(a, from, b, out, len - from);
      out += len - from;
      // ([\.,])([^0-9]) -> " \1 \2". A mark that an earlier match took as its second character
      // starts no match.
      a = w.a = Work.ensure(w.a, out + 2 * marks);
      len = 0;
      from = 0;
      lastMatched = -2;
      for (int k = 0; k < marks; k++) {
        int m = at[k];
        if (lastMatched != m - 1 && m + 1 < out && !isDigit(b[m + 1])) {
          System.arraycopy(b, from, a, len, m - from);
          len += m - from;
          a[len++] = ' ';
          a[len++] = b[m];
          a[len++] = ' ';
          a[len++] = b[m + 1];
          from = m + 2;
          lastMatched = m;
        }
      }
      System.arraycopy(b, from, a, len, out - from);
      len += out - from;
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

  /**
   * What sacreBLEU does before the substitutions, to a line that has a '<', '&' or newline: drop
   * {@code <skipped>} and {@code -\n}, newlines become spaces, unescape four entities in order. Its
   * result may still hold those characters; they are then ordinary ones.
   */
  private static String clean(String line) {
    if (line.indexOf('<') >= 0) {
      line = line.replace("<skipped>", "");
    }
    if (line.indexOf('\n') >= 0) {
      line = line.replace("-\n", "").replace('\n', ' ');
    }
    if (line.indexOf('&') >= 0) {
      line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    return line;
  }

  // What each ASCII character is to the scan of pass 1 (a table: it runs on every character).
  private static final byte SEPARATED = 1; // [\{-\~\[-\` -\&\(-\+\:-\@\/]: ASCII punctuation and
                                           // symbols except ' , - .
  private static final byte PERIOD_OR_COMMA = 2;
  private static final byte HYPHEN = 4;
  private static final byte CLEANED = 8; // '<', '&', newline: the line needs clean() first
  private static final byte[] KIND = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean separated = (c >= '{' && c <= '~')
          || (c >= '[' && c <= '`')
          || (c >= ' ' && c <= '&')
          || (c >= '(' && c <= '+')
          || (c >= ':' && c <= '@')
          || c == '/';
      KIND[c] = (byte) ((separated ? SEPARATED : isPeriodOrComma(c) ? PERIOD_OR_COMMA : c == '-' ? HYPHEN : 0)
          | (c == '<' || c == '&' || c == '\n' ? CLEANED : 0));
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
