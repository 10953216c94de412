package org.rdrop.bleu;

/**
 * sacreBLEU's {@code char}: every code point becomes a token ({@code " ".join(line)}); whitespace
 * characters become empty tokens that the later split drops.
 */
final class TokenizerChar implements BleuTokenizer {
  private static final long serialVersionUID = 1L;

  @Override
  public String tokenize(String line) {
    StringBuilder out = new StringBuilder(line.length() * 2);
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (i > 0) {
        out.append(' ');
      }
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  @Override
  public String signature() {
    return "char";
  }
}
