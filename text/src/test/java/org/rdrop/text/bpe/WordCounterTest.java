package org.rdrop.text.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCounterTest {

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    WordCounter.forEachWord(text, out::add);
    return out;
  }

  @Test
  void splitsOnSingleSpacesOnly() {
    assertThat(words("  a  b\tc \u00a0d \r\n")).containsExactly("a", "b\tc", "\u00a0d");
  }

  @Test
  void pythonLineBoundariesEndWordsAndStayAttached() {
    // codecs readers cut lines like str.splitlines(keepends=True); '\r\n ' is stripped after.
    assertThat(words("a\u2028b c\rd\u0085e\u000cf\u001cg"))
        .containsExactly("a\u2028", "b", "c", "d\u0085", "e\u000c", "f\u001c", "g");
    assertThat(words("a\u2028 b")).containsExactly("a\u2028", "b");
  }

  @Test
  void countsWords() {
    Map<String, Long> counts = new WordCounter().addText("b a b\nb").counts();
    assertThat(counts).containsExactly(Map.entry("a", 1L), Map.entry("b", 3L));
  }

  @Test
  void readsCountsFilesAndNamesTheBadLine() {
    Map<String, Long> counts =
        new WordCounter().addCountsText("a 3\nb 1_0\na 2\n", "vocab.txt").counts();
    assertThat(counts).containsExactly(Map.entry("a", 5L), Map.entry("b", 10L));
    assertThatThrownBy(() -> new WordCounter().addCountsText("a 3\nsecret\n", "vocab.txt"))
        .hasMessage("vocab.txt:2: expected 'word count' (two fields separated by one space)");
    assertThatThrownBy(() -> new WordCounter().addCountsText("a secret\n", "vocab.txt"))
        .hasMessage("vocab.txt:1: the count is not a whole number").hasNoCause();
  }
}
