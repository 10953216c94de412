package org.rdrop.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.data.Example;

class TokenBatcherTest {

  @Test
  void packsUpToMaxTokensCountingPadding() {
    // Source lengths 2,2,3,3,4 (target shorter); max 8 tokens = examples x longest.
    // [2,2] = 4; adding a 3 would make 3 x 3 = 9 > 8. [3,3] = 6; adding the 4: 3 x 4 = 12. [4].
    List<Example> in = List.of(ex(1, 2), ex(2, 2), ex(3, 3), ex(4, 3), ex(5, 4));
    TokenBatcher.Result r = new TokenBatcher(8, 0, 1, 100, 7).batch(in);
    assertThat(membership(r)).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
    assertThat(r.skippedTooLong()).isZero();
  }

  @Test
  void fullBatchIsCutToTheRequiredMultiple() {
    // Six size-2 examples, max 8 tokens: four fit; with multiple 3 the cut keeps 3 and carries 1 over.
    List<Example> in = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      in.add(ex(i, 2));
    }
    TokenBatcher.Result r = new TokenBatcher(8, 0, 3, 100, 7).batch(in);
    assertThat(r.batches()).extracting(List::size).containsExactly(3, 3);
  }

  @Test
  void maxSentencesCapsABatch() {
    List<Example> in = List.of(ex(1, 2), ex(2, 2), ex(3, 2));
    assertThat(new TokenBatcher(0, 2, 1, 100, 7).batch(in).batches()).extracting(List::size).containsExactly(2, 1);
  }

  @Test
  void tooLongExamplesAreSkippedAndCounted() {
    List<Example> in = List.of(ex(1, 2), ex(2, 50));
    TokenBatcher.Result r = new TokenBatcher(100, 0, 1, 10, 7).batch(in);
    assertThat(r.skippedTooLong()).isEqualTo(1);
    assertThat(ids(r)).containsExactly(List.of(1L));
  }

  @Test
  void anExampleLargerThanABatchIsAnError() {
    assertThatThrownBy(() -> new TokenBatcher(4, 0, 1, 100, 7).batch(List.of(ex(9, 6))))
        .hasMessageContaining("example 9")
        .hasMessageContaining("batch.max_tokens 4");
  }

  @Test
  void inputOrderDoesNotMatterButTheSeedBreaksTies() {
    List<Example> in = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      in.add(ex(i, 2 + i % 5));
    }
    TokenBatcher b = new TokenBatcher(24, 0, 1, 100, 64);
    TokenBatcher.Result first = b.batch(in);
    List<Example> shuffled = new ArrayList<>(in);
    Collections.shuffle(shuffled, new Random(1));
    assertThat(ids(b.batch(shuffled))).isEqualTo(ids(first));
    assertThat(ids(new TokenBatcher(24, 0, 1, 100, 65).batch(in))).isNotEqualTo(ids(first));
  }

  @Test
  void beamStageGivesTheSameBatchesAsTheBatcher() {
    List<Example> in = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      in.add(ex(i, 1 + i % 7));
    }
    TokenBatcher b = new TokenBatcher(16, 0, 2, 100, 3);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    var out =
        p.apply(Create.of(in).withCoder(ExampleCoder.of()))
            .apply(BatchByTokens.using(b));
    PAssert.thatSingleton(out).isEqualTo(b.batch(in));
    p.run().waitUntilFinish();
  }

  private static Example ex(long id, int sourceLength) {
    int[] src = new int[sourceLength];
    int[] tgt = new int[Math.max(1, sourceLength - 1)];
    return new Example(id, src, tgt);
  }

  /** Ids per batch, sorted (order inside a batch follows the seeded shuffle key). */
  private static List<List<Long>> membership(TokenBatcher.Result r) {
    return r.batches().stream()
        .map(b -> b.stream().map(Example::id).sorted().collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  private static List<List<Long>> ids(TokenBatcher.Result r) {
    return r.batches().stream()
        .map(b -> b.stream().map(Example::id).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }
}
