package org.rdrop.bleu;

/** sacreBLEU's {@code none}: the line as it is (BLEU then splits it on whitespace). */
final class TokenizerNone implements BleuTokenizer {
  private static final long serialVersionUID = 1L;

  @Override
  public String tokenize(String line) {
    return line;
  }

  @Override
  public String signature() {
    return "none";
  }
}
