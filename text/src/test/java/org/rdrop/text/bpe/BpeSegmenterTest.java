package org.rdrop.text.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bytesInBytesOutSegmentLikeText() throws Exception {
    // Multi-byte letters in codes and words, a supplementary character, a no-break space inside a word,
    // outer and doubled spaces, the three line ends, blank lines and no final line end.
    BpeSegmenter s = segmenter("a \u00f1\na\u00f1 o</w>\n\ud83d\ude00 a</w>\n");
    String text = "  a\u00f1o  ca\u00f1o\u00a0x \r\n\ud83d\ude00a \u00f1o\r\n\ra\u00f1o\n \n\na\u00f1o";
    assertThat(new String(s.processUtf8(utf8(text), "t"), StandardCharsets.UTF_8))
        .isEqualTo("  a\u00f1o c@@ a\u00f1@@ o@@ \u00a0@@ x \n\ud83d\ude00a \u00f1@@ o\n\na\u00f1o\n \n\na\u00f1o")
        .isEqualTo(s.processText(text));
    assertThat(s.processUtf8(new byte[0], "t")).isEmpty();
  }

  @Test
  void bytesInAnotherSeparator() throws Exception {
    BpeSegmenter s = new BpeSegmenter(BpeCodes.parse("#version: 0.2\n", "t", -1), "\u2581");
    assertThat(s.processUtf8(utf8("ab c\n"), "t")).isEqualTo(utf8("a\u2581 b c\n"));
  }

  @Test
  void invalidUtf8InAWordIsReportedWithItsLineAndOffset() {
    BpeSegmenter s = segmenter("a b</w>\n");
    // The same bytes, valid, earlier on; then a lead byte cut off by a space, on line 3 at byte 10.
    byte[] text = {'a', 'b', '\n', 'a', 'b', ' ', 'a', '\n', 'x', 'y', (byte) 0xC3, ' ', 'a', '\n'};
    assertThatThrownBy(() -> s.processUtf8(text, "in.txt"))
        .isInstanceOf(TextFiles.MalformedTextException.class)
        .hasMessage("in.txt:3: invalid UTF-8 (byte offset 10)");
    assertThatThrownBy(() -> TextFiles.decodeUtf8(text, "in.txt"))
        .hasMessage("in.txt:3: invalid UTF-8 (byte offset 10)");
  }

  @Test
  void piecesSegmentedInParallelGiveTheSameBytes() throws Exception {
    BpeCodes codes = BpeCodes.parse("#version: 0.2\na \u00f1\na\u00f1 o</w>\n", "t", -1);
    String text = "a\u00f1o ca\u00f1o\r\n\n  a\u00f1o \ra\u00f1o a\u00f1o\nca\u00f1o";
    byte[] one = new BpeSegmenter(codes).processUtf8(utf8(text), "t");
    assertThat(new String(one, StandardCharsets.UTF_8))
        .isEqualTo("a\u00f1o c@@ a\u00f1o\n\n  a\u00f1o \na\u00f1o a\u00f1o\nc@@ a\u00f1o");
    for (int parts = 1; parts <= 8; parts++) {
      assertThat(BpeSegmenter.processUtf8(codes, "@@", utf8(text), "t", parts)).as("%d parts", parts).isEqualTo(one);
    }
  }

  @Test
  void inParallelTheFirstInvalidByteIsReported() {
    BpeCodes codes = BpeCodes.parse("#version: 0.2\na b</w>\n", "t", -1);
    // Invalid bytes on lines 2 and 5: whichever piece finishes first, line 2 is named.
    byte[] text = {'a', 'b', '\n', 'x', (byte) 0xFF, '\n', 'a', 'b', '\n', 'a', 'b', '\n', (byte) 0xC3, '\n'};
    for (int p = 1; p <= 4; p++) {
      int parts = p;
      assertThatThrownBy(() -> BpeSegmenter.processUtf8(codes, "@@", text, "in", parts))
          .hasMessage("in:2: invalid UTF-8 (byte offset 4)");
    }
  }
}
