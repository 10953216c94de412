package org.rdrop.text.tokenize;

/**
 * Lowercasing as Moses' {@code lowercase.perl} does it: Perl's {@code lc} on UTF-8 decoded text.
 *
 * <p>Perl's {@code lc} applies the full Unicode lowercase mapping to each code point with no context rules.
 * Java's {@code String.toLowerCase(Locale.ROOT)} differs in one way: it turns a word-final capital sigma into
 * final sigma (U+03C2), while Perl always gives U+03C3. So this maps code point by code point with
 * {@link Character#toLowerCase(int)} (the simple mapping), plus the only unconditional full mapping that
 * differs from it, U+0130 (capital I with dot) to "i" + U+0307, which Perl also produces. No locale rules
 * (Turkish dotless i) apply, in Perl or here. Checked against Perl 5.36 over all code points: identical
 * except for characters new in Unicode 14, which Java 17 does not know.
 */
public final class Lowercaser {
  private Lowercaser() {}

  public static String lowercase(String text) {
    int i = 0;
    int n = text.length();
    // Fast path: leave the string as is until the first code point that changes.
    while (i < n) {
      int cp = text.codePointAt(i);
      if (cp == 0x130 || Character.toLowerCase(cp) != cp) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 4).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      if (cp == 0x130) {
        out.append('i').append('\u0307');
      } else {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
