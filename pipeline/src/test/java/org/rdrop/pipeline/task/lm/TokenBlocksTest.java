package org.rdrop.pipeline.task.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.Specials;

class TokenBlocksTest {
  static final int EOS = Specials.EOS;

  @Test
  void blocksCarryTheTokenBeforeThemAndJoinBackToTheStream() {
    // Two lines "4 5 </s>" and "6 7 8 </s>" in blocks of 3, as fairseq's TokenBlockDataset (break mode none).
    int[] stream = TokenBlocks.stream(List.of(
        new Example(2, new int[0], new int[] {6, 7, 8, EOS}), new Example(1, new int[0], new int[] {4, 5, EOS})));
    assertThat(stream).containsExactly(4, 5, EOS, 6, 7, 8, EOS);
    List<Example> blocks = TokenBlocks.cut(stream, 3);
    assertThat(blocks).extracting(Example::id).containsExactly(1L, 2L, 3L);
    assertThat(blocks.get(0).source()).containsExactly(EOS);
    assertThat(blocks.get(0).target()).containsExactly(4, 5, EOS);
    assertThat(blocks.get(1).source()).containsExactly(EOS);
    assertThat(blocks.get(1).target()).containsExactly(6, 7, 8);
    assertThat(blocks.get(2).source()).containsExactly(8);
    assertThat(blocks.get(2).target()).containsExactly(EOS);
    assertThat(TokenBlocks.join(blocks)).containsExactly(stream);
  }
}
