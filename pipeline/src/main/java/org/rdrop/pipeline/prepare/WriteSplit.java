package org.rdrop.pipeline.prepare;

import java.util.StringJoiner;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.trainer.data.Example;

/**
 * The last steps of every task's preparation of a split: its examples as lines sorted by id into
 * {@code <split>.ids.tsv}, and batched into {@code <split>.batches}; the output is the batches' statistics
 * for statistics.tsv. What differs between tasks is passed in: the id line, the batching and what it
 * batches.
 */
public final class WriteSplit extends PTransform<PCollection<Example>, PCollection<KV<String, Long>>> {
  private final String split;
  private final transient DataLayout out; // used while expanding only: paths go to the DoFns as strings
  private final SerializableFunction<Example, String> idLine;
  private final PTransform<PCollection<Example>, PCollection<TokenBatcher.Result>> batching;
  private final BatchStatistics.Kind batched;

  private WriteSplit(String split, DataLayout out, SerializableFunction<Example, String> idLine,
      PTransform<PCollection<Example>, PCollection<TokenBatcher.Result>> batching, BatchStatistics.Kind batched) {
    this.split = split;
    this.out = out;
    this.idLine = idLine;
    this.batching = batching;
    this.batched = batched;
  }

  /**
   * @param idLine an example's line in the ids file (the id first)
   * @param batching the task's batching (by tokens, or token blocks)
   * @param batched what the batching batches, for its statistics ({@code batch/<split>/...})
   */
  public static WriteSplit of(String split, DataLayout out, SerializableFunction<Example, String> idLine,
      PTransform<PCollection<Example>, PCollection<TokenBatcher.Result>> batching, BatchStatistics.Kind batched) {
    return new WriteSplit(split, out, idLine, batching, batched);
  }

  /** Translation's and images' line of {@code <split>.ids.tsv}: id, then source and target ids, tab-separated. */
  public static String idLine(Example e) {
    return e.id() + "\t" + ids(e.source()) + "\t" + ids(e.target());
  }

  /** Ids separated by spaces, as the ids files hold them. */
  public static String ids(int[] ids) {
    StringJoiner j = new StringJoiner(" ");
    for (int id : ids) {
      j.add(Integer.toString(id));
    }
    return j.toString();
  }

  @Override
  public PCollection<KV<String, Long>> expand(PCollection<Example> examples) {
    SerializableFunction<Example, String> line = idLine;
    examples.apply("IdLines",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.strings()))
                .via((Example e) -> KV.of(e.id(), line.apply(e))))
        .apply("WriteIds", WriteSortedLines.to(out.ids(split)));
    PCollection<TokenBatcher.Result> batches = examples.apply("Batch", batching);
    batches.apply("WriteBatches", ParDo.of(new WriteBatchFile(out.batches(split))));
    return batches.apply("BatchStats", ParDo.of(new BatchStatistics("batch/" + split, batched)));
  }
}
