package org.rdrop.pipeline.batch;

import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.trainer.data.Example;

/**
 * Packs one split's examples into token-bucketed batches ({@link TokenBatcher}). Packing is sequential over
 * a global order, so all examples are read on one worker (as a side input, which also gives an empty
 * split its empty result); the batcher sorts them by content before anything order-sensitive, so Beam's
 * element order and bundling cannot change a byte.
 */
public final class BatchByTokens extends PTransform<PCollection<Example>, PCollection<TokenBatcher.Result>> {
  private final TokenBatcher batcher;

  private BatchByTokens(TokenBatcher batcher) {
    this.batcher = batcher;
  }

  public static BatchByTokens using(TokenBatcher batcher) {
    return new BatchByTokens(batcher);
  }

  @Override
  public PCollection<TokenBatcher.Result> expand(PCollection<Example> examples) {
    PCollectionView<Iterable<Example>> all = examples.apply("AllExamples", View.asIterable());
    return examples
        .getPipeline()
        .apply("Once", Create.of(0))
        .apply("Pack", ParDo.of(new PackFn(batcher, all)).withSideInputs(all))
        .setCoder(SerializableCoder.of(TokenBatcher.Result.class));
  }

  private static final class PackFn extends DoFn<Integer, TokenBatcher.Result> {
    private final TokenBatcher batcher;
    private final PCollectionView<Iterable<Example>> all;

    PackFn(TokenBatcher batcher, PCollectionView<Iterable<Example>> all) {
      this.batcher = batcher;
      this.all = all;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(batcher.batch(c.sideInput(all)));
    }
  }
}
