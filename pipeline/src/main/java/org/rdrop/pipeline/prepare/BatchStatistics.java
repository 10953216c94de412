package org.rdrop.pipeline.prepare;

import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.trainer.data.Example;

/**
 * A split's batching in statistics.tsv, {@link WriteSplit}'s batch statistics for every task: {@code
 * <prefix>/batches}, the count of what was batched, and the counts of a batching by tokens.
 */
public final class BatchStatistics extends DoFn<TokenBatcher.Result, KV<String, Long>> {
  /** What a task batches. */
  public enum Kind {
    /** Batches of a fixed count (images, sentences): {@code batches}, {@code examples}. */
    EXAMPLES,
    /**
     * Pairs batched by tokens (translation): also {@code padded_tokens} (each batch's examples times its
     * longest) and {@code skipped_too_long}.
     */
    PAIRS,
    /** Token blocks (language modelling): {@code blocks}, their target {@code tokens}, {@code skipped_too_long}. */
    BLOCKS
  }

  private final String prefix;
  private final Kind kind;

  public BatchStatistics(String prefix, Kind kind) {
    this.prefix = prefix;
    this.kind = kind;
  }

  @ProcessElement
  public void process(@Element TokenBatcher.Result r, OutputReceiver<KV<String, Long>> out) {
    out.output(KV.of(prefix + "/batches", (long) r.batches().size()));
    long examples = r.batches().stream().mapToLong(List::size).sum();
    out.output(KV.of(prefix + (kind == Kind.BLOCKS ? "/blocks" : "/examples"), examples));
    if (kind == Kind.EXAMPLES) {
      return;
    }
    long tokens = 0;
    for (List<Example> b : r.batches()) {
      tokens += kind == Kind.BLOCKS ? b.stream().mapToLong(e -> e.target().length).sum()
          : (long) b.size() * b.stream().mapToInt(Example::size).max().orElse(0);
    }
    out.output(KV.of(prefix + (kind == Kind.BLOCKS ? "/tokens" : "/padded_tokens"), tokens));
    out.output(KV.of(prefix + "/skipped_too_long", r.skippedTooLong()));
  }
}
