package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected outputs worked out by hand from sacreBLEU's substitution rules (see each class's doc). */
class TokenizersTest {
  private final BleuTokenizer t13a = BleuTokenizer.forName("13a");
  private final BleuTokenizer intl = BleuTokenizer.forName("intl");
  private final BleuTokenizer chars = BleuTokenizer.forName("char");
  private final BleuTokenizer none = BleuTokenizer.forName("none");

  @Test
  void thirteenASeparatesPeriodsAndCommasExceptBetweenDigits() {
    assertThat(t13a.tokenize("Hello, world.")).isEqualTo("Hello , world .");
    assertThat(t13a.tokenize("It costs 3.5 or 1,000 now.")).isEqualTo("It costs 3.5 or 1,000 now .");
    assertThat(t13a.tokenize("In 1990.")).isEqualTo("In 1990 ."); // the added trailing space makes it split
    assertThat(t13a.tokenize("U.S.")).isEqualTo("U . S .");
    assertThat(t13a.tokenize("a.b")).isEqualTo("a . b");
  }

  /**
   * Runs of periods and commas next to digits, where a match of one pass consumes the character the
   * next match would start at. Expected: sacreBLEU 2.6.0's Tokenizer13a on each string.
   */
  @Test
  void thirteenAMatchesPeriodsAndCommasLeftToRightWithoutOverlap() {
    assertThat(t13a.tokenize("a..b")).isEqualTo("a . . b");
    assertThat(t13a.tokenize("1.,a")).isEqualTo("1 . , a");
    assertThat(t13a.tokenize(",.5")).isEqualTo(", .5");
    assertThat(t13a.tokenize("x.,.y")).isEqualTo("x . , . y");
    assertThat(t13a.tokenize("3.-4")).isEqualTo("3 . -4");
    assertThat(t13a.tokenize("a.1,b")).isEqualTo("a . 1 , b");
    assertThat(t13a.tokenize("1,000.5,")).isEqualTo("1,000.5 ,");
    assertThat(t13a.tokenize("-1.5-2")).isEqualTo("-1.5 - 2");
    assertThat(t13a.tokenize("9.9.9")).isEqualTo("9.9.9");
    assertThat(t13a.tokenize("1..2")).isEqualTo("1 . . 2");
  }

  @Test
  void thirteenAKeepsApostrophesAndHyphensButSplitsOtherAsciiSymbols() {
    assertThat(t13a.tokenize("It wasn't a well-known (test)!")).isEqualTo("It wasn't a well-known ( test ) !");
    assertThat(t13a.tokenize("9-5 and a-b")).isEqualTo("9 - 5 and a-b");
    assertThat(t13a.tokenize("x/y:z;w?")).isEqualTo("x / y : z ; w ?");
  }

  @Test
  void thirteenAUnescapesEntitiesAndDropsSkipped() {
    assertThat(t13a.tokenize("&quot;Hi&quot; &amp; &lt;b&gt;")).isEqualTo("\" Hi \" & < b >");
    assertThat(t13a.tokenize("&amp;lt;")).isEqualTo("<"); // replacements run one after the other
    assertThat(t13a.tokenize("a <skipped> b")).isEqualTo("a b");
    assertThat(t13a.tokenize("line-\nbreak\nhere")).isEqualTo("linebreak here");
  }

  @Test
  void thirteenALeavesNonAsciiAlone() {
    assertThat(t13a.tokenize("¿Qué dijo él?  «Nada»… — fin.")).isEqualTo("¿Qué dijo él ? «Nada»… — fin .");
    assertThat(t13a.tokenize("😀.")).isEqualTo("😀 .");
  }

  @Test
  void intlSeparatesUnicodePunctuationUnlessBetweenNumbersAndEverySymbol() {
    assertThat(intl.tokenize("Tom’s 3.5% rise, 1,000 €!")).isEqualTo("Tom ’ s 3.5 % rise , 1,000 € !");
    assertThat(intl.tokenize("¿Qué?")).isEqualTo("¿ Qué ?");
    // mteval-v14's quirk, kept by sacreBLEU: a number's final period stays attached.
    assertThat(intl.tokenize("in 1990.")).isEqualTo("in 1990.");
    assertThat(intl.tokenize("a+b=c")).isEqualTo("a + b = c");
  }

  @Test
  void intlKnowsCharactersNewerThanJavasUnicode() {
    // U+20C0 SOM SIGN (Unicode 14, Sc) and U+2E53 MEDIEVAL EXCLAMATION MARK (Unicode 14, Po).
    assertThat(intl.tokenize("5\u20c0")).isEqualTo("5 \u20c0");
    assertThat(intl.tokenize("no\u2e53")).isEqualTo("no \u2e53");
    // U+20C1 SAUDI RIYAL SIGN (Unicode 17, Sc).
    assertThat(intl.tokenize("9\u20c1")).isEqualTo("9 \u20c1");
  }

  @Test
  void charMakesEveryNonSpaceCodePointAToken() {
    assertThat(chars.tokenize("ab c")).isEqualTo("a b   c");
    assertThat(PythonStrings.split(chars.tokenize("ab c😀"))).containsExactly("a", "b", "c", "😀");
  }

  @Test
  void noneLeavesTheLine() {
    assertThat(none.tokenize("a,b  c.")).isEqualTo("a,b  c.");
  }

  @Test
  void signaturesAndUnknownNames() {
    assertThat(t13a.signature()).isEqualTo("13a");
    assertThat(intl.signature()).isEqualTo("intl");
    assertThat(chars.signature()).isEqualTo("char");
    assertThat(none.signature()).isEqualTo("none");
    assertThatThrownBy(() -> BleuTokenizer.forName("zh")).hasMessageContaining("unknown tokenizer 'zh'");
  }
}
