package org.rdrop.pipeline.prepare.lm;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.trainer.data.Example;

/**
 * One split's lines (examples {@code (line, [], ids)}) to token blocks ({@link TokenBlocks}) packed into
 * batches ({@link TokenBatcher}: blocks ordered by length and a seeded key, packed by
 * {@code batch.max_tokens} / {@code max_sentences}). The stream is a global order, so the lines are read on
 * one worker as a side input (an empty split gives its empty result) and sorted by line id first: Beam's
 * element order and bundling cannot change a byte.
 */
public final class BatchTokenBlocks extends PTransform<PCollection<Example>, PCollection<TokenBatcher.Result>> {
  private final int tokensPerSample;
  private final TokenBatcher batcher;

  private BatchTokenBlocks(int tokensPerSample, TokenBatcher batcher) {
    this.tokensPerSample = tokensPerSample;
    this.batcher = batcher;
  }

  public static BatchTokenBlocks of(int tokensPerSample, TokenBatcher batcher) {
    return new BatchTokenBlocks(tokensPerSample, batcher);
  }

  @Override
  public PCollection<TokenBatcher.Result> expand(PCollection<Example> lines) {
    PCollectionView<Iterable<Example>> all = lines.apply("AllLines", View.asIterable());
    return lines
        .getPipeline()
        .apply("Once", Create.of(0))
        .apply("CutAndPack", ParDo.of(new CutAndPackFn(tokensPerSample, batcher, all)).withSideInputs(all))
        .setCoder(SerializableCoder.of(TokenBatcher.Result.class));
  }

  private static final class CutAndPackFn extends DoFn<Integer, TokenBatcher.Result> {
    private final int tokensPerSample;
    private final TokenBatcher batcher;
    private final PCollectionView<Iterable<Example>> all;

    CutAndPackFn(int tokensPerSample, TokenBatcher batcher, PCollectionView<Iterable<Example>> all) {
      this.tokensPerSample = tokensPerSample;
      this.batcher = batcher;
      this.all = all;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<Example> lines = new ArrayList<>();
      c.sideInput(all).forEach(lines::add);
      c.output(batcher.batch(TokenBlocks.cut(TokenBlocks.stream(lines), tokensPerSample)));
    }
  }
}
