package org.rdrop.text.tokenize;

/** The XML escaping of tokenizer.perl and its inverse from detokenizer.perl's {@code deescape}. */
public final class MosesEscaping {
  private MosesEscaping() {}

  /**
   * tokenizer.perl's escaping: {@code & | < > ' " [ ]} become {@code &amp; &#124; &lt; &gt; &apos; &quot;
   * &#91; &#93;}. Perl runs one substitution per character with {@code &} first, so the ampersands it
   * introduces are never escaped again; a single pass gives the same result.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '|' -> "&#124;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '\'' -> "&apos;";
        case '"' -> "&quot;";
        case '[' -> "&#91;";
        case ']' -> "&#93;";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * detokenizer.perl's {@code deescape}: the substitutions in its order, {@code &amp;} last, so
   * {@code &amp;lt;} becomes {@code &lt;} (not {@code <}). Includes the legacy {@code &bar; &bra; &ket;}.
   */
  public static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&bar;", "|")
        .replace("&#124;", "|")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&bra;", "[")
        .replace("&ket;", "]")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#91;", "[")
        .replace("&#93;", "]")
        .replace("&amp;", "&");
  }
}
