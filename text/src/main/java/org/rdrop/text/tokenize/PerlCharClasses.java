package org.rdrop.text.tokenize;

/**
 * Java equivalents of the Perl Unicode classes used by the Moses scripts, as regex fragments meant to go
 * inside {@code [...]} and as code point predicates.
 *
 * <p>Mapping (Perl on UTF-8 decoded strings, as tokenizer.perl reads them with {@code :utf8}):
 * <ul>
 *   <li>{@code \p{IsAlnum}} = XPosixAlnum = Alphabetic or Nd: {@code \p{IsAlphabetic}\p{Nd}}</li>
 *   <li>{@code \p{IsAlpha}} = Alphabetic: {@code \p{IsAlphabetic}}</li>
 *   <li>{@code \p{IsN}} = general category N: {@code \p{N}}</li>
 *   <li>{@code \p{IsLower}} = Lowercase property: {@code \p{IsLowercase}}</li>
 *   <li>{@code \p{IsSc}} = general category Sc: {@code \p{Sc}}</li>
 *   <li>{@code \s} = White_Space (includes U+0085, U+00A0, U+2028...): {@code \p{IsWhite_Space}}</li>
 * </ul>
 * Checked code point by code point against Perl 5.36 (Unicode 14): the sets agree except for characters
 * Unicode 14 added, which Java 17 (Unicode 13) treats as unassigned.
 */
final class PerlCharClasses {
  static final String ALNUM = "\\p{IsAlphabetic}\\p{Nd}";
  static final String ALPHA = "\\p{IsAlphabetic}";
  static final String NUMBER = "\\p{N}";
  static final String CURRENCY = "\\p{Sc}";
  static final String SPACE = "\\p{IsWhite_Space}";

  private PerlCharClasses() {}

  static boolean isAlpha(int codePoint) {
    return Character.isAlphabetic(codePoint);
  }

  static boolean isAlnum(int codePoint) {
    return Character.isAlphabetic(codePoint) || Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /** Perl {@code \p{IsLower}}: Java's isLowerCase(int) is Ll plus Other_Lowercase, the same property. */
  static boolean isLower(int codePoint) {
    return Character.isLowerCase(codePoint);
  }

  static boolean containsAlpha(String s) {
    return s.codePoints().anyMatch(PerlCharClasses::isAlpha);
  }

  static boolean startsWithLower(String s) {
    return !s.isEmpty() && isLower(s.codePointAt(0));
  }

  static boolean endsWithAlnum(String s) {
    return !s.isEmpty() && isAlnum(s.codePointBefore(s.length()));
  }
}
