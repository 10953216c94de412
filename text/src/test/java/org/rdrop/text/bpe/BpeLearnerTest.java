package org.rdrop.text.bpe;

import org.rdrop.testkit.junit.Conformance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected codes below are worked out by hand from learn_bpe.py's rules (see each comment). */
class BpeLearnerTest {

  private static String learn(int symbols, long minFrequency, String... lines) {
    WordCounter counter = new WordCounter();
    for (String line : lines) {
      counter.addText(line);
    }
    return new BpeLearner(symbols, minFrequency, false).learn(counter.counts()).toFileText();
  }

  private static String[] repeat(String line, int times) {
    String[] out = new String[times];
    java.util.Arrays.fill(out, line);
    return out;
  }

  private static String[] concat(String[]... parts) {
    List<String> out = new ArrayList<>();
    for (String[] p : parts) {
      out.addAll(List.of(p));
    }
    return out.toArray(new String[0]);
  }

  @Test
  void tiesGoToTheLargestPair() {
    // ab x3: a b</w>; abc x2: a b c</w>. Counts: (a,b</w>)=3, (a,b)=2, (b,c</w>)=2.
    // 1: a b</w> (3). 2: tie at 2, ("b","c</w>") > ("a","b"). 3: a bc</w> (2). Then no pair.
    assertThat(learn(100, 2, concat(repeat("ab", 3), repeat("abc", 2))))
        .isEqualTo("#version: 0.2\na b</w>\nb c</w>\na bc</w>\n");
  }

  @Test
  void tiesCompareByCodePointNotUtf16() {
    // U+1D538 is larger than U+E000 as a code point, smaller as a UTF-16 unit (0xD835).
    assertThat(learn(100, 2, "\uE000z \uD835\uDD38z", "\uE000z \uD835\uDD38z"))
        .isEqualTo("#version: 0.2\n\uD835\uDD38 z</w>\n\uE000 z</w>\n");
  }

  @Test
  void stopsBelowMinFrequency() {
    assertThat(learn(100, 2, "ab")).isEqualTo("#version: 0.2\n");
    assertThat(learn(100, 1, "ab")).isEqualTo("#version: 0.2\na b</w>\n");
  }

  @Test
  void stopsAfterTheRequestedNumberOfMerges() {
    assertThat(learn(1, 2, concat(repeat("ab", 3), repeat("abc", 2))))
        .isEqualTo("#version: 0.2\na b</w>\n");
  }

  @Test
  void reproducesTheRegexMergeAcrossANoBreakSpace() {
    // Words: "\u00a0ababc" x2, "\u00a0az" x5, "abd" x2 (NBSP is part of a word, and is \s to
    // Python's regex, so "(?<!\S)a b" also matches after it, inside the symbol "\u00a0a").
    // 1: (\u00a0,a)=7. 2: (\u00a0a,z</w>)=5. 3: (a,b)=4 turns "\u00a0a b a b c</w>" into
    // "\u00a0ab ab c</w>" (regex), leaving (\u00a0a,b)=2 counted though gone.
    // 4..7: ties at 2, largest first: (\u00a0ab,ab), (\u00a0abab,c</w>), the stale (\u00a0a,b),
    // (ab,d</w>).
    String nb = "\u00a0";
    String codes =
        learn(100, 2, concat(repeat(nb + "ababc", 2), repeat(nb + "az", 5), repeat("abd", 2)));
    assertThat(codes)
        .isEqualTo(
            "#version: 0.2\n"
                + nb + " a\n"
                + nb + "a z</w>\n"
                + "a b\n"
                + nb + "ab ab\n"
                + nb + "abab c</w>\n"
                + nb + "a b\n"
                + "ab d</w>\n");
  }

  @Test
  void totalSymbolsSubtractsTheCharacterCount() {
    // "ab" x5: word-internal {a}, word-final {b</w>}: 3 - 2 = 1 merge.
    List<String> messages = new ArrayList<>();
    BpeCodes codes =
        new BpeLearner(3, 2, true).learn(Map.of("ab", 5L, "ba", 1L), messages::add);
    // internal {a, b}, final {b</w>, a</w>}: 3 - 4 < 0 merges.
    assertThat(codes.size()).isZero();
    assertThat(messages)
        .containsExactly(
            "Number of word-internal characters: 2",
            "Number of word-final characters: 2",
            "Reducing number of merge operations by 4");
    assertThat(new BpeLearner(3, 2, true).learn(Map.of("ab", 5L)).toFileText())
        .isEqualTo("#version: 0.2\na b</w>\n");
  }

  @Test
  void resultDoesNotDependOnEntryOrderAndSumsRepeatedWords() {
    WordCounter counter = new WordCounter().addText(Conformance.text("bpe", "train.es"));
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    // Every count split in two entries, then shuffled.
    counter.counts().forEach((w, c) -> {
      entries.add(new SimpleEntry<>(w, c / 2));
      entries.add(new SimpleEntry<>(w, c - c / 2));
    });
    Collections.shuffle(entries, new Random(7));
    BpeCodes codes = BpeLearner.withSymbols(2000).learn(entries, m -> {});
    assertThat(codes.toFileText()).isEqualTo(Conformance.text("bpe", "codes.2000"));
  }

  @Test
  void emptyVocabularyGivesHeaderOnly() {
    assertThat(BpeLearner.withSymbols(10).learn(Map.of()).toFileText()).isEqualTo("#version: 0.2\n");
    assertThat(BpeLearner.withSymbols(10).learn(Map.of("a", 3L)).toFileText())
        .isEqualTo("#version: 0.2\n");
  }

  @Test
  void rejectsWordsThatCannotComeFromText() {
    assertThatThrownBy(() -> BpeLearner.withSymbols(10).learn(Map.of("a b", 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a b'");
  }
}
