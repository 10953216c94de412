package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The first group comes from sacremoses' TestDetokenizer (hplt-project/sacremoses,
 * sacremoses/test/test_tokenizer.py at commit 09a7cec05ecc230228ef6d757bd0a2138b2238bb); the rest are
 * derived by hand from detokenizer.perl (mosesdecoder master), reasoning in the comments.
 */
class MosesDetokenizerTest {
  private static final MosesTokenizer TOK_EN = MosesTokenizer.forLanguage("en");
  private static final MosesDetokenizer EN = MosesDetokenizer.forLanguage("en");
  private static final MosesDetokenizer FR = MosesDetokenizer.forLanguage("fr");
  private static final MosesDetokenizer ES = MosesDetokenizer.forLanguage("es");

  // ---- sacremoses ----

  @Test
  void symbolsStaySeparated() {
    String tokens = TOK_EN.tokenize("This, is a sentence with weird\u00bb symbols\u2026 appearing everywhere\u00bf");
    assertThat(EN.detokenize(tokens))
        .isEqualTo("This, is a sentence with weird \u00bb symbols \u2026 appearing everywhere \u00bf");
  }

  @Test
  void unescapesAndJoinsContractions() {
    String tokens = "This ain &apos;t funny . It &apos;s actually hillarious , yet double Ls . &#124; &#91; &#93;"
        + " &lt; &gt; &#91; &#93; &amp; You &apos;re gonna shake it off ? Don &apos;t ?";
    assertThat(EN.detokenize(tokens)).isEqualTo(
        "This ain't funny. It's actually hillarious, yet double Ls. | [] < > [] & You're gonna shake it off?"
            + " Don't?");
  }

  @Test
  void aggressiveDashRoundTrip() {
    MosesTokenizer aggressive = MosesTokenizer.forLanguage("en",
        MosesTokenizer.Options.DEFAULT.withAggressiveDash(true));
    assertThat(EN.detokenize(aggressive.tokenize("foo-bar"))).isEqualTo("foo-bar");
  }

  @Test
  void bracketsRoundTrip() {
    String text = "By the mid 1990s a version of the game became a Latvian television series (with a"
        + " parliamentary setting, and played by Latvian celebrities).";
    assertThat(EN.detokenize(TOK_EN.tokenize(text))).isEqualTo(text);
  }

  @Test
  void frenchApostrophesRoundTrip() {
    String text = "L'amiti\u00e9 nous a fait forts d'esprit";
    assertThat(FR.detokenize(MosesTokenizer.forLanguage("fr").tokenize(text))).isEqualTo(text);
  }

  @Test
  void mixedCjkRoundTrip() {
    String text = "Japan is \u65e5\u672c in Japanese.";
    assertThat(EN.detokenize(TOK_EN.tokenize(text))).isEqualTo(text);
  }

  // ---- hand-derived from detokenizer.perl ----

  @Test
  void quotesAlternateBetweenOpeningAndClosing() {
    // First " (count 0) attaches right, second (count 1) attaches left; "." attaches left.
    assertThat(EN.detokenize("He said &quot; hello &quot; .")).isEqualTo("He said \"hello\".");
  }

  @Test
  void englishPossessiveAfterS() {
    // A lone ' with an even count after a word ending in "s" attaches left (and is not counted).
    assertThat(EN.detokenize("the Jones &apos; house")).isEqualTo("the Jones' house");
  }

  @Test
  void currencyPercentAndBrackets() {
    assertThat(EN.detokenize("it costs $ 5 ( or 50 % ) ;")).isEqualTo("it costs $5 (or 50%);");
  }

  @Test
  void frenchKeepsSpaceBeforeHighPunctuation() {
    // fr: a space goes before ? ! : ; \ % (Perl's comment says non-breaking, but it appends " ").
    assertThat(FR.detokenize("Quoi ? C&apos; est : non !")).isEqualTo("Quoi ? C'est : non !");
    assertThat(EN.detokenize("Quoi ? non !")).isEqualTo("Quoi? non!");
  }

  @Test
  void spanishInvertedMarksAttachRight() {
    // ¿ and ¡ are in the right-shift class for every language.
    assertThat(ES.detokenize("\u00bf Qu\u00e9 pasa ? \u00a1 Hola !")).isEqualTo("\u00bfQu\u00e9 pasa? \u00a1Hola!");
  }

  @Test
  void consecutiveCjkWordsJoinAsInPerl() {
    // sacremoses expects the Korean words to stay apart; detokenizer.perl's charIsCJK covers Hangul
    // syllables (AC00-D7AF), so consecutive Hangul words are joined.
    assertThat(MosesDetokenizer.forLanguage("ko").detokenize("\uc138\uacc4 \uc5d0\uc11c \uac00\uc7a5 ."))
        .isEqualTo("\uc138\uacc4\uc5d0\uc11c\uac00\uc7a5.");
  }

  @Test
  void tagAndBlankLinesUnchanged() {
    assertThat(EN.detokenize("<seg id=\"1\">")).isEqualTo("<seg id=\"1\">");
    assertThat(EN.detokenize(" ")).isEqualTo(" ");
  }

  @Test
  void escapedAmpersandIsUnescapedOnce() {
    // &amp; is replaced last, so "&amp;lt;" becomes "&lt;", not "<".
    assertThat(EN.detokenize("a &amp;lt; b")).isEqualTo("a &lt; b");
  }

  @Test
  void portedRulesOnly() {
    assertThatThrownBy(() -> MosesDetokenizer.forLanguage("cs")).isInstanceOf(IllegalArgumentException.class);
  }
}
