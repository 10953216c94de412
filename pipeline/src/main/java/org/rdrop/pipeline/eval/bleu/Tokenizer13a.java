package org.rdrop.pipeline.eval.bleu;

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
    Buffer b = substitute(line);
    return PythonStrings.normalizeSpace(java.nio.CharBuffer.wrap(b.chars, 0, b.length));
  }

  @Override
  public java.util.List<String> tokens(String line) {
    Buffer b = substitute(line);
    return PythonStrings.split(b.chars, b.length);
  }

  /** Characters and how many of them are in use. */
  private static final class Buffer {
    final char[] chars;
    final int length;

    Buffer(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }
  }

  /** The four substitutions, before whitespace is normalised. */
  private static Buffer substitute(String line) {
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
    char[] a = new char[3 * n + 2];
    int len = 0;
    a[len++] = ' ';
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (isSeparatedSymbol(c)) {
        a[len++] = ' ';
        a[len++] = c;
        a[len++] = ' ';
      } else {
        a[len++] = c;
      }
    }
    a[len++] = ' ';
    // Passes 2 and 3 only act next to a period or comma, pass 4 only before a hyphen.
    if (line.indexOf('.') >= 0 || line.indexOf(',') >= 0) {
      // ([^0-9])([\.,]) -> "\1 \2 "
      char[] b = new char[2 * len];
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
      a = new char[2 * out];
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
    if (line.indexOf('-') >= 0) {
      // ([0-9])(-) -> "\1 \2 "
      char[] b = new char[2 * len];
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
      a = b;
      len = out;
    }
    return new Buffer(a, len);
  }

  /** {@code [\{-\~\[-\` -\&\(-\+\:-\@\/]}: ASCII punctuation and symbols except {@code ' , - .}. */
  private static boolean isSeparatedSymbol(char c) {
    return (c >= '{' && c <= '~')
        || (c >= '[' && c <= '`')
        || (c >= ' ' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= ':' && c <= '@')
        || c == '/';
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
