package org.rdrop.pipeline.batch;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
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
  private final SerializableFunction<List<Example>, List<Example>> examples;

  private BatchByTokens(TokenBatcher batcher, SerializableFunction<List<Example>, List<Example>> examples) {
    this.batcher = batcher;
    this.examples = examples;
  }

  public static BatchByTokens using(TokenBatcher batcher) {
    return new BatchByTokens(batcher, all -> all);
  }

  /**
   * Batches what {@code examples} makes of all the split's examples at once, in Beam's order (a language
   * model's lines become token blocks of a stream sorted by line id), rather than the examples themselves.
   */
  public static BatchByTokens using(TokenBatcher batcher, SerializableFunction<List<Example>, List<Example>> examples) {
    return new BatchByTokens(batcher, examples);
  }

  @Override
  public PCollection<TokenBatcher.Result> expand(PCollection<Example> input) {
    PCollectionView<Iterable<Example>> all = input.apply("AllExamples", View.asIterable());
    return input
        .getPipeline()
        .apply("Once", Create.of(0))
        .apply("Pack", ParDo.of(new PackFn(batcher, examples, all)).withSideInputs(all))
        .setCoder(SerializableCoder.of(TokenBatcher.Result.class));
  }

  private static final class PackFn extends DoFn<Integer, TokenBatcher.Result> {
    private final TokenBatcher batcher;
    private final SerializableFunction<List<Example>, List<Example>> examples;
    private final PCollectionView<Iterable<Example>> all;

    PackFn(TokenBatcher batcher, SerializableFunction<List<Example>, List<Example>> examples,
        PCollectionView<Iterable<Example>> all) {
      this.batcher = batcher;
      this.examples = examples;
      this.all = all;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<Example> in = new ArrayList<>();
      c.sideInput(all).forEach(in::add);
      c.output(batcher.batch(examples.apply(in)));
    }
  }
}
