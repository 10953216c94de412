package org.rdrop.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What rouge-score's tokenize(text, stemmer) returns for these texts (Python 3.11). */
class RougeTokenizerTest {
  private final RougeTokenizer plain = new RougeTokenizer(false);

  @Test
  void lowerCaseRunsOfAsciiLettersAndDigits() {
    assertThat(plain.tokenize("Don't STOP-me now: 42nd café\tdéjà vu!")).containsExactly(
        "don", "t", "stop", "me", "now", "42nd", "caf", "d", "j", "vu");
    assertThat(plain.tokenize("  ... !!! ")).isEmpty();
  }

  @Test
  void pythonsLowerMapsSomeNonAsciiLettersToAscii() {
    // "İ".lower() is "i" + U+0307; the Kelvin sign lowers to "k".
    assertThat(plain.tokenize("İstanbul \u212Aelvin")).containsExactly("i", "stanbul", "kelvin");
  }

  @Test
  void theStemmerSkipsTokensOfThreeCharactersOrFewer() {
    // "dies" (four) is stemmed to "die"; "ies" and "bed" (three) are kept.
    assertThat(new RougeTokenizer(true).tokenize("dies ies bed beds")).containsExactly("die", "ies", "bed", "bed");
  }
}
