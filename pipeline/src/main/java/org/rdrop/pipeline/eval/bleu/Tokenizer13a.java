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
    if (line.indexOf('<') >= 0) {
      line = line.replace("<skipped>", "");
    }
    if (line.indexOf('\n') >= 0) {
      line = line.replace("-\n", "").replace('\n', ' ');
    }
    if (line.indexOf('&') >= 0) {
      line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    StringBuilder a = new StringBuilder(line.length() * 2 + 8);
    a.append(' ');
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSeparatedSymbol(c)) {
        a.append(' ').append(c).append(' ');
      } else {
        a.append(c);
      }
    }
    a.append(' ');
    StringBuilder b = new StringBuilder(a.length() + 16);
    // ([^0-9])([\.,]) -> "\1 \2 "
    for (int i = 0, n = a.length(); i < n; ) {
      char c = a.charAt(i);
      if (i + 1 < n && !isDigit(c) && isPeriodOrComma(a.charAt(i + 1))) {
        b.append(c).append(' ').append(a.charAt(i + 1)).append(' ');
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    a.setLength(0);
    // ([\.,])([^0-9]) -> " \1 \2"
    for (int i = 0, n = b.length(); i < n; ) {
      char c = b.charAt(i);
      if (i + 1 < n && isPeriodOrComma(c) && !isDigit(b.charAt(i + 1))) {
        a.append(' ').append(c).append(' ').append(b.charAt(i + 1));
        i += 2;
      } else {
        a.append(c);
        i++;
      }
    }
    b.setLength(0);
    // ([0-9])(-) -> "\1 \2 "
    for (int i = 0, n = a.length(); i < n; ) {
      char c = a.charAt(i);
      if (i + 1 < n && isDigit(c) && a.charAt(i + 1) == '-') {
        b.append(c).append(" - ");
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    return PythonStrings.normalizeSpace(b);
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
