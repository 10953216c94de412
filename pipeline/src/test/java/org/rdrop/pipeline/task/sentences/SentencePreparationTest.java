package org.rdrop.pipeline.task.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.RegressionTarget;

/** The source of a sentence and of a pair as RoBERTa's sentence prediction builds it, and the ids file's lines. */
class SentencePreparationTest {
  static Dictionary dict() {
    return Dictionary.build(Map.of("a", 30L, "b", 20L, "c", 10L), 0, 1);
  }

  @Test
  void sentencesAndPairsAreFramedAsRoberta() {
    Dictionary d = dict();
    int a = d.id("a");
    int b = d.id("b");
    int c = d.id("c");
    // <s> A </s>
    assertThat(SentencePreparation.source(d, "a b", null)).containsExactly(0, a, b, 2);
    // <s> A </s> </s> B </s>, an unknown word as <unk> (3)
    assertThat(SentencePreparation.source(d, "a", "c zz")).containsExactly(0, a, 2, 2, c, 3, 2);
  }

  @Test
  void idLinesShowTheClassIdOrTheValue() {
    assertThat(SentencePreparation.idLine(false).apply(new Example(7, new int[] {0, 9, 2}, new int[] {5})))
        .isEqualTo("7\t0 9 2\t5");
    assertThat(SentencePreparation.idLine(true).apply(new Example(8, new int[] {0, 9, 2}, RegressionTarget.ids(-2.5f))))
        .isEqualTo("8\t0 9 2\t-2.5");
  }
}
