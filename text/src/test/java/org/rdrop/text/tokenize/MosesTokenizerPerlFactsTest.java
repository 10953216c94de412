package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hand-derived expectations: each case follows the steps of tokenizer.perl (mosesdecoder master) by hand,
 * with the reasoning in a comment, and the nonbreaking prefix lists in the resources.
 */
class MosesTokenizerPerlFactsTest {
  private static final MosesTokenizer EN = MosesTokenizer.forLanguage("en");
  private static final MosesTokenizer ES = MosesTokenizer.forLanguage("es");
  private static final MosesTokenizer DE = MosesTokenizer.forLanguage("de");
  private static final MosesTokenizer FR = MosesTokenizer.forLanguage("fr");

  // ---- Spanish ----

  @Test
  void spanishInvertedMarksAndTitle() {
    // ¿ and ? are not alphanumeric: padded. "Sr" is in nonbreaking_prefix.es, so "Sr." keeps its period.
    assertThat(ES.tokenize("\u00bfD\u00f3nde est\u00e1 el Sr. Garc\u00eda?"))
        .isEqualTo("\u00bf D\u00f3nde est\u00e1 el Sr. Garc\u00eda ?");
    // ¡ ! padded; the comma follows a letter: s/([^\p{IsN}])[,]/$1 , /.
    assertThat(ES.tokenize("\u00a1Hola, mundo!")).isEqualTo("\u00a1 Hola , mundo !");
  }

  @Test
  void spanishNumbersKeepInnerCommasAndPeriods() {
    // "4,5": a digit on both sides, so neither comma rule applies; "1.234,56" does not end in a period.
    assertThat(ES.tokenize("El precio es 1.234,56 euros."))
        .isEqualTo("El precio es 1.234,56 euros .");
    // "3, 4": the comma is followed by a space (not \p{IsN}): s/[,]([^\p{IsN}])/ , $1/.
    assertThat(ES.tokenize("Compr\u00e9 3, 4 y 5 libros.")).isEqualTo("Compr\u00e9 3 , 4 y 5 libros .");
  }

  @Test
  void spanishPeriodRules() {
    // "Dr" is a prefix; "Pérez" is not, and "Luego" starts uppercase, so "Pérez ." is split.
    assertThat(ES.tokenize("Lleg\u00f3 el Dr. P\u00e9rez. Luego habl\u00f3."))
        .isEqualTo("Lleg\u00f3 el Dr. P\u00e9rez . Luego habl\u00f3 .");
    // Not a prefix, but the next word starts lowercase: the period stays.
    assertThat(ES.tokenize("Es la casa. ma\u00f1ana vuelvo.")).isEqualTo("Es la casa. ma\u00f1ana vuelvo .");
    // "EE.UU" contains a period and a letter: stays.
    assertThat(ES.tokenize("Los EE.UU. son grandes.")).isEqualTo("Los EE.UU. son grandes .");
    // The es list has "Gral" but "Fil " with a trailing space, which no word equals: "Fil." is split.
    assertThat(ES.tokenize("el Gral. Juan y el Fil. Juan")).isEqualTo("el Gral. Juan y el Fil . Juan");
  }

  @Test
  void spanishApostropheAndGuillemets() {
    // Not en/fr/it: every apostrophe becomes " ' ", then escaped. « » are padded like any symbol.
    assertThat(ES.tokenize("O'Donnell dijo \u00abhola\u00bb"))
        .isEqualTo("O &apos; Donnell dijo \u00ab hola \u00bb");
  }

  // ---- German ----

  @Test
  void germanOrdinalsRomanNumeralsAndAbbreviations() {
    // "3" is in the German list (ordinals): "3." stays; the last word is always split.
    assertThat(DE.tokenize("Am 3. Oktober 1990 wurde Deutschland wiedervereinigt."))
        .isEqualTo("Am 3. Oktober 1990 wurde Deutschland wiedervereinigt .");
    // "z.B" has an inner period and a letter.
    assertThat(DE.tokenize("Das ist z.B. gut.")).isEqualTo("Das ist z.B. gut .");
    // "IV" is in the German list but not in the English one (only single letters there).
    assertThat(DE.tokenize("Kapitel IV. Die R\u00fcckkehr")).isEqualTo("Kapitel IV. Die R\u00fcckkehr");
    assertThat(EN.tokenize("Chapter IV. The return")).isEqualTo("Chapter IV . The return");
    // "usw" is listed; "Äpfel," gets its comma split.
    assertThat(DE.tokenize("Ich kaufe \u00c4pfel, Birnen usw. Dann gehe ich."))
        .isEqualTo("Ich kaufe \u00c4pfel , Birnen usw. Dann gehe ich .");
  }

  @Test
  void germanQuotesApostrophesAndCurrency() {
    // : „ ! “ are all padded.
    assertThat(DE.tokenize("Er sagte: \u201eHallo!\u201c")).isEqualTo("Er sagte : \u201e Hallo ! \u201c");
    // German has no contraction rule: "geht's" -> "geht ' s".
    assertThat(DE.tokenize("Wie geht's?")).isEqualTo("Wie geht &apos; s ?");
    // € and $ are padded; "5,50" stays; "bzw" is listed; "$." becomes "$ ." and a lone "." is no word+period.
    assertThat(DE.tokenize("Das kostet 5,50 \u20ac bzw. 6 $."))
        .isEqualTo("Das kostet 5,50 \u20ac bzw. 6 $ .");
  }

  // ---- English ----

  @Test
  void englishNumericOnlyPrefix() {
    // "No #NUMERIC_ONLY#": kept before a digit, split before "The"; last word split.
    assertThat(EN.tokenize("No. 5 is better than No. The end."))
        .isEqualTo("No. 5 is better than No . The end .");
  }

  @Test
  void englishContractions() {
    // alpha'alpha -> "Smith 's"; digit + 's -> "1990 's" (the special 1990's rule); the last word "'s." splits.
    assertThat(EN.tokenize("I met Mr. Smith's dog in the 1990's."))
        .isEqualTo("I met Mr. Smith &apos;s dog in the 1990 &apos;s .");
    // " 'n" (non-alpha before, alpha after) and "n' " (alpha before, non-alpha after) both get spaces.
    assertThat(EN.tokenize("rock 'n' roll")).isEqualTo("rock &apos; n &apos; roll");
  }

  @Test
  void englishCommas() {
    // Two-step comma rule: "A,B,C" is fully split; "5,300" stays; a number-final comma at the end splits.
    assertThat(EN.tokenize("A,B,C and 5,300 and 5,a cost 5,")).isEqualTo("A , B , C and 5,300 and 5 , a cost 5 ,");
  }

  @Test
  void multiDotsStayTogether() {
    // "..." becomes DOTMULTI markers, restored at the end; "?" padded.
    assertThat(EN.tokenize("Wait... what?")).isEqualTo("Wait ... what ?");
    assertThat(EN.tokenize("U.S. troops")).isEqualTo("U.S. troops");
  }

  @Test
  void escapingOfAllSpecialCharacters() {
    assertThat(EN.tokenize("A & B | C < D > E \"F\" [G]"))
        .isEqualTo("A &amp; B &#124; C &lt; D &gt; E &quot; F &quot; &#91; G &#93;");
  }

  @Test
  void whitespaceAndControlCharacters() {
    // \s+ (Unicode: tab, NBSP...) becomes one space, then [\000-\037] is deleted, joining "c" and "d".
    assertThat(EN.tokenize("a\tb\u00a0c\u0001d  e")).isEqualTo("a b cd e");
    // Lines matching /^\s*$/ are printed unchanged.
    assertThat(EN.tokenize("")).isEqualTo("");
    assertThat(EN.tokenize("  \t")).isEqualTo("  \t");
  }

  @Test
  void dotApostropheAtEndLeavesTrailingSpaceAsPerl() {
    // s/\.\' ?$/ . ' / runs after the space clean-up, so tokenizer.perl prints "&apos;Hello . &apos; ".
    assertThat(EN.tokenize("'Hello.'")).isEqualTo("&apos;Hello . &apos; ");
  }

  // ---- French ----

  @Test
  void frenchElisionsSplitLeft() {
    // alpha'alpha -> "$1' $2": the apostrophe stays with the elided word.
    assertThat(FR.tokenize("L'homme qu'il a vu.")).isEqualTo("L&apos; homme qu&apos; il a vu .");
  }

  // ---- CJK, where sacremoses differs from Perl ----

  @Test
  void hanCharactersAreNotSplit() {
    // sacremoses' test_mixed_cjk_tokenization expects "日", "本" as two tokens, because its IsAlnum table
    // lacks Han. In Perl, \p{IsAlnum} includes Han (Alphabetic), so tokenizer.perl keeps "日本".
    assertThat(EN.tokenize("Japan is \u65e5\u672c in Japanese.")).isEqualTo("Japan is \u65e5\u672c in Japanese .");
  }

  // ---- language policy ----

  @Test
  void unknownLanguageFallsBackToEnglishPrefixesWithGenericApostrophes() {
    MosesTokenizer xx = MosesTokenizer.forLanguage("xx");
    // English list: "Mr" kept; not "en", so no contraction rule.
    assertThat(xx.tokenize("Mr. Smith doesn't.")).isEqualTo("Mr. Smith doesn &apos; t .");
  }

  @Test
  void mosesLanguagesWeDoNotShipAreRejected() {
    assertThatThrownBy(() -> MosesTokenizer.forLanguage("nl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nl'");
    assertThatThrownBy(() -> MosesTokenizer.forLanguage("fi"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fi'");
  }
}
