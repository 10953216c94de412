package org.rdrop.text.bpe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected segmentations are worked out by hand from apply_bpe.py's rules. */
class BpeSegmenterTest {

  private static BpeSegmenter segmenter(String codesBody) {
    return new BpeSegmenter(BpeCodes.parse("#version: 0.2\n" + codesBody, "test", -1));
  }

  @Test
  void mergesLowestRankFirstAndMarksNonFinalSubwords() {
    BpeSegmenter s = segmenter("a b\nab c</w>\nb c</w>\n");
    // a b c</w> -> ab c</w> (rank 0) -> abc</w> (rank 1)
    assertThat(s.segmentWord("abc")).isEqualTo("abc");
    // b c</w> -> bc</w> (rank 2)
    assertThat(s.segmentWord("bc")).isEqualTo("bc");
    // a b a b</w> -> ab a b</w>; (a, b</w>) is no code
    assertThat(s.segmentWord("abab")).isEqualTo("ab@@ a@@ b");
    assertThat(s.segmentWord("xyz")).isEqualTo("x@@ y@@ z");
  }

  @Test
  void aRepeatedCodeKeepsTheRankOfItsFirstOccurrence() {
    // Ranks: (b,c)=0, (a,b)=1. a b c d</w> -> a bc d</w>; with the later rank it would be ab c d.
    BpeSegmenter s = segmenter("b c\na b\nb c\n");
    assertThat(s.segmentWord("abcd")).isEqualTo("a@@ bc@@ d");
  }

  @Test
  void mergesOverlappingOccurrencesLeftToRight() {
    BpeSegmenter s = segmenter("a a\n");
    // a a a a</w>: positions 0 and 1 overlap; 0 wins, then 2 is (a, a</w>) -> not a code.
    assertThat(s.segmentWord("aaaa")).isEqualTo("aa@@ a@@ a");
    assertThat(s.segmentWord("aaaaa")).isEqualTo("aa@@ aa@@ a");
  }

  @Test
  void singleCodePointWordsAreReturnedAsTheyAre() {
    BpeSegmenter s = segmenter("a b\n");
    assertThat(s.segmentWord("\uD835\uDD38")).isEqualTo("\uD835\uDD38");
    assertThat(s.segmentWord("\uD835\uDD38\uD835\uDD38")).isEqualTo("\uD835\uDD38@@ \uD835\uDD38");
  }

  @Test
  void keepsOuterWhitespaceAndCollapsesInnerSpaces() {
    BpeSegmenter s = segmenter("a b</w>\n");
    assertThat(s.processLine("  ab  ab \n")).isEqualTo("  ab ab \n");
    // The tab is part of the word: a b \t a b</w> -> only the final (a, b</w>) merges.
    assertThat(s.processLine("ab\tab")).isEqualTo("a@@ b@@ \t@@ ab");
    assertThat(s.processLine("   \n")).isEqualTo("   \n");
    assertThat(s.processLine("")).isEqualTo("");
    assertThat(s.processLine("\r\nab")).isEqualTo("\r\nab");
  }

  @Test
  void textUsesUniversalNewlines() {
    BpeSegmenter s = segmenter("a b</w>\n");
    assertThat(s.processText("ab\r\nab\rab")).isEqualTo("ab\nab\nab");
    assertThat(s.processText("\n\nab\n")).isEqualTo("\n\nab\n");
  }

  @Test
  void otherSeparator() {
    BpeSegmenter s = new BpeSegmenter(BpeCodes.parse("#version: 0.2\n", "t", -1), "\u2581");
    assertThat(s.processLine("ab c")).isEqualTo("a\u2581 b c");
  }
}
