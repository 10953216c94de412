package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Perl's lc (used by Moses lowercase.perl) applies the Unicode full lowercase mapping per code point
 * (UnicodeData.txt simple mappings plus SpecialCasing.txt's unconditional entries) and no context rules.
 * Expected values below are those Unicode mappings.
 */
class LowercaserTest {
  @Test
  void asciiAndLatin() {
    assertThat(Lowercaser.lowercase("Hello WORLD, \u00c4\u00d6\u00dc \u00c9t\u00e9!"))
        .isEqualTo("hello world, \u00e4\u00f6\u00fc \u00e9t\u00e9!");
    assertThat(Lowercaser.lowercase("already lower 123")).isEqualTo("already lower 123");
  }

  @Test
  void capitalSigmaAlwaysBecomesMedialSigma() {
    // Perl lc has no Final_Sigma rule: ΟΔΟΣ -> οδοσ. Java's toLowerCase would give final ς.
    assertThat(Lowercaser.lowercase("\u039f\u0394\u039f\u03a3")).isEqualTo("\u03bf\u03b4\u03bf\u03c3");
    assertThat("\u039f\u0394\u039f\u03a3".toLowerCase(Locale.ROOT)).isEqualTo("\u03bf\u03b4\u03bf\u03c2");
  }

  @Test
  void dottedCapitalIUsesTheFullMapping() {
    // SpecialCasing.txt: 0130 -> 0069 0307 (no Turkish rule without a locale, in Perl or here).
    assertThat(Lowercaser.lowercase("\u0130stanbul")).isEqualTo("i\u0307stanbul");
    assertThat(Lowercaser.lowercase("I")).isEqualTo("i");
  }

  @Test
  void otherUnicodeMappings() {
    assertThat(Lowercaser.lowercase("\u1e9e")).isEqualTo("\u00df");     // capital sharp s -> ß
    assertThat(Lowercaser.lowercase("\u01c5")).isEqualTo("\u01c6");     // title-case Dž -> dž
    assertThat(Lowercaser.lowercase("\u212a")).isEqualTo("k");          // Kelvin sign
    assertThat(Lowercaser.lowercase("\u216b")).isEqualTo("\u217b");     // Roman numeral twelve
    assertThat(Lowercaser.lowercase("x\ud801\udc00y")).isEqualTo("x\ud801\udc28y"); // Deseret, outside the BMP
  }
}
