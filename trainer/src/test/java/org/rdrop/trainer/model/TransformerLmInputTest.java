package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;

/** What a language model reads at each position of a block (fairseq's TokenBlockDataset with targets). */
class TransformerLmInputTest {
  static final int PAD = Specials.PAD;
  static final int EOS = Specials.EOS;

  @Test
  void positionZeroReadsTheTokenBeforeTheBlock() {
    PaddedBatch b = PaddedBatch.of(List.of(
        new Example(1, new int[] {EOS}, new int[] {7, 8, 9}),
        new Example(2, new int[] {9}, new int[] {10, EOS})));
    assertThat(TransformerLm.input(b)).containsExactly(
        EOS, 7, 8,
        9, 10, PAD);
  }

  @Test
  void withoutASourcePositionZeroReadsEos() {
    PaddedBatch b = PaddedBatch.of(List.of(new Example(1, new int[0], new int[] {7, 8})));
    assertThat(TransformerLm.input(b)).containsExactly(EOS, 7);
  }

  @Test
  void aLongerSourceIsATranslationPairWhoseSourceIsNotRead() {
    PaddedBatch b = PaddedBatch.of(List.of(new Example(1, new int[] {5, 6}, new int[] {7, 8})));
    assertThat(TransformerLm.input(b)).containsExactly(EOS, 7);
  }
}
