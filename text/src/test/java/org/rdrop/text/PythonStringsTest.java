package org.rdrop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python 3.11's str.split / rstrip / lower on the cases where Java's own methods differ. */
class PythonStringsTest {

  @Test
  void splitUsesPythonsWhitespace() {
    assertThat(PythonStrings.split("  a\u00a0b\u2003c\u001cd\te\n")).containsExactly("a", "b", "c", "d", "e");
    assertThat(PythonStrings.split("zero\u200bwidth")).containsExactly("zero\u200bwidth"); // not a space
    assertThat(PythonStrings.split("")).isEmpty();
    assertThat(PythonStrings.normalizeSpace("  a \u3000 b  ")).isEqualTo("a b");
  }

  @Test
  void rstripRemovesTrailingWhitespaceOnly() {
    assertThat(PythonStrings.rstrip(" a b \r\u00a0\u2029")).isEqualTo(" a b");
    assertThat(PythonStrings.rstrip("abc")).isEqualTo("abc");
  }

  @Test
  void lowerHasFinalSigmaAndDottedCapitalI() {
    assertThat(PythonStrings.lower("ΟΔΟΣ")).isEqualTo("οδος".replace('σ', 'ς'));
    assertThat(PythonStrings.lower("ΣΑ")).isEqualTo("σα");
    assertThat(PythonStrings.lower("Σ")).isEqualTo("σ"); // no cased letter before it
    assertThat(PythonStrings.lower("ΑΣ.")).isEqualTo("ας."); // '.' is case-ignorable, then the end
    assertThat(PythonStrings.lower("ΑΣ'Α")).isEqualTo("ασ'α"); // a cased letter follows past the quote
    assertThat(PythonStrings.lower("İ")).isEqualTo("i\u0307");
    assertThat(PythonStrings.lower("ÉCOLE Dog")).isEqualTo("école dog");
  }

  @Test
  void lowerKnowsUnicode14CasePairs() {
    assertThat(PythonStrings.lower("\u2c2f")).isEqualTo("\u2c5f");
    assertThat(PythonStrings.lower(new String(Character.toChars(0x10570))))
        .isEqualTo(new String(Character.toChars(0x10597)));
  }
}
