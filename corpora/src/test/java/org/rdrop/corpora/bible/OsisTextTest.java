package org.rdrop.corpora.bible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inputs are verse slots as they appear in the two SWORD modules; expected texts are written by hand. */
class OsisTextTest {

  @Test
  void milestonesBecomeSpaceAndWordTagsVanish() {
    String gen13 =
        "<div type=\"x-milestone\" subType=\"x-preverse\" sID=\"pv1\"/><div sID=\"gen4\" type=\"x-p\"/> "
            + "<div type=\"x-milestone\" subType=\"x-preverse\" eID=\"pv1\"/>And <w lemma=\"strong:H0430\">God</w> "
            + "<w lemma=\"strong:H0559\">said</w>, Let there <w lemma=\"strong:H1961\">be</w> "
            + "<w lemma=\"strong:H0216\">light</w>: and there was <w lemma=\"strong:H0216\">light</w>. ";
    assertThat(OsisText.plainText(gen13)).isEqualTo("And God said, Let there be light: and there was light.");
  }

  @Test
  void psalmTitleKeptItalicsAndDivineNameKeptAsWords() {
    String ps31 =
        "<div type=\"x-milestone\" subType=\"x-preverse\" sID=\"pv2099\"/><title canonical=\"true\" type=\"psalm\">A "
            + "<w lemma=\"strong:H4210\">Psalm</w> of <w lemma=\"strong:H1732\">David</w>.</title> <lg sID=\"gen2600\"/> "
            + "<l level=\"1\" sID=\"gen2601\"/> <div type=\"x-milestone\" subType=\"x-preverse\" eID=\"pv2099\"/>"
            + "<divineName><w lemma=\"strong:H3068\">LORD</w></divineName>, how are they "
            + "<w lemma=\"strong:H7231\">increased</w> that <w lemma=\"strong:H6862\">trouble</w> me! "
            + "<w lemma=\"strong:H7227\">many</w> <transChange type=\"added\">are</transChange> they. <l eID=\"gen2601\" level=\"1\"/>";
    assertThat(OsisText.plainText(ps31)).isEqualTo("A Psalm of David. LORD, how are they increased that trouble me! many are they.");
  }

  @Test
  void noteBodiesAreDroppedIncludingNestedElements() {
    String exod1716 =
        "For he <w lemma=\"strong:H0559\">said</w>, Because the \\nd <w lemma=\"strong:H3050\">LORD</w></divineName> hath "
            + "<w lemma=\"strong:H7650\">sworn</w>.<note placement=\"foot\"><reference type=\"annotateRef\">17.16 </reference>"
            + "the \\nd LORD\\+nd* hath…: Heb. the hand upon the throne of the <seg type=\"x-nested\"><divineName>LORD</divineName></seg>"
            + "</note>  <chapter eID=\"Exod.17\"/> <div eID=\"gen408\" type=\"x-p\"/>";
    assertThat(OsisText.plainText(exod1716)).isEqualTo("For he said, Because the LORD hath sworn.");
  }

  @Test
  void pilcrowIsRemoved() {
    String john316 = "<q marker=\"\" who=\"Jesus\">¶ <w lemma=\"strong:G1063\">For</w> <w lemma=\"strong:G2316\">God</w> so loved.</q> ";
    assertThat(OsisText.plainText(john316)).isEqualTo("For God so loved.");
  }

  @Test
  void gluedElementsGetASpaceExceptBeforeAJoinWord() {
    Set<String> enclitics = Set.of("lo", "le");
    String rom1627 =
        "<w lemma=\"strong:G4514\">los Romanos</w>, <transChange type=\"added\">enviada</transChange>"
            + "<w lemma=\"strong:G1223\">por</w><transChange type=\"added\">medio de</transChange>"
            + "<w lemma=\"strong:G5402\">Febe</w>.";
    assertThat(OsisText.plainText(rom1627, enclitics)).isEqualTo("los Romanos, enviada por medio de Febe.");
    String gen1912 = "<w lemma=\"strong:H3318\">sáca</w><transChange type=\"added\">lo</transChange> de este lugar";
    assertThat(OsisText.plainText(gen1912, enclitics)).isEqualTo("sácalo de este lugar");
    assertThat(OsisText.plainText(gen1912)).isEqualTo("sáca lo de este lugar");
    // Text running straight into an element is one word in the source: no space is added.
    String chr1013 = "<w lemma=\"strong:H7592\">preguntándo</w><transChange type=\"added\">le</transChange>";
    assertThat(OsisText.plainText(chr1013, enclitics)).isEqualTo("preguntándole");
    String mark424 = "<w lemma=\"strong:G1325\">give</w>n unto you";
    assertThat(OsisText.plainText(mark424)).isEqualTo("given unto you");
    // Punctuation between elements: no space added.
    assertThat(OsisText.plainText("<w>uno</w>,<w>dos</w>")).isEqualTo("uno,dos");
  }

  @Test
  void entitiesAreDecodedAfterTagsAreGone() {
    assertThat(OsisText.plainText("a &amp; b &lt;w&gt; &#233;t&#xE9; &quot;q&quot; &apos;s"))
        .isEqualTo("a & b <w> été \"q\" 's");
    assertThatThrownBy(() -> OsisText.plainText("a &nbspx; b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("&nbspx;");
  }

  @Test
  void whiteSpaceOfAnyKindCollapses() {
    assertThat(OsisText.plainText("  a\u00A0\u00A0b\t\nc  <lb/>  d ")).isEqualTo("a b c d");
    assertThat(OsisText.plainText("<chapter eID=\"Num.12\"/><div eID=\"gen134\" type=\"x-p\"/>")).isEmpty();
  }

  @Test
  void brokenMarkupIsAnErrorNamingThePlace() {
    assertThatThrownBy(() -> OsisText.plainText("In the <w lemma=\"x\" beginning"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unterminated tag at character 7");
    assertThatThrownBy(() -> OsisText.plainText("a <note>b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<note> without </note>");
  }

  @Test
  void strongsNumbersComeFromWordTagsOutsideNotesWithoutLeadingZeros() {
    String s =
        "<w lemma=\"strong:G2424 G5547\">Jesucristo</w> <w lemma=\"strong:H0430\">Dios</w> "
            + "<w>plain</w><note><w lemma=\"strong:H9999\">x</w></note> <w lemma=\"strong:H0430\">again</w>";
    assertThat(OsisText.strongsNumbers(s)).containsExactly("G2424", "G5547", "H430");
  }
}
