package org.rdrop.pipeline.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.random.KeyedRandom;
import org.rdrop.trainer.data.Example;

/**
 * Groups examples into batches of at most {@code maxTokens} padded tokens, as fairseq does for
 * {@code --max-tokens}.
 *
 * <p>Order first (fairseq's {@code ordered_indices}): by source length, then target length, then a seeded
 * shuffle key, here {@code KeyedRandom(seed, "batch-shuffle")} of the example id, so the result is a
 * function of (seed, content) only. Then pack greedily (fairseq's {@code batch_by_size}): a batch is full
 * when adding an example would make (examples x longest example) exceed {@code maxTokens}, or it holds
 * {@code maxSentences}; a full batch is cut to a multiple of {@code requiredMultiple} and the remainder
 * starts the next one. Examples longer than {@code maxPositions} on either side are skipped and counted.
 * The order in which an epoch visits the batches is {@link org.rdrop.trainer.data.BatchOrder}.
 */
public final class TokenBatcher implements Serializable {
  public static final String SHUFFLE_PURPOSE = "batch-shuffle";

  private final int maxTokens;
  private final int maxSentences;
  private final int requiredMultiple;
  private final int maxPositions;
  private final long seed;

  public TokenBatcher(int maxTokens, int maxSentences, int requiredMultiple, int maxPositions, long seed) {
    this.maxTokens = maxTokens;
    this.maxSentences = maxSentences;
    this.requiredMultiple = requiredMultiple;
    this.maxPositions = maxPositions;
    this.seed = seed;
  }

  /** The batcher of an experiment's {@code batch} section and training seed, examples up to {@code maxPositions}. */
  public static TokenBatcher of(ExperimentConfig c, int maxPositions) {
    return new TokenBatcher(c.batch().maxTokens(), c.batch().maxSentences(), c.batch().requiredBatchSizeMultiple(),
        maxPositions, c.train().seed());
  }

  /** The batches, and how many examples were skipped as too long. */
  public record Result(List<List<Example>> batches, long skippedTooLong) implements Serializable {}

  public Result batch(Iterable<Example> examples) {
    KeyedRandom shuffle = KeyedRandom.of(seed, SHUFFLE_PURPOSE);
    List<Keyed> ordered = new ArrayList<>();
    long skipped = 0;
    for (Example e : examples) {
      if (e.source().length > maxPositions || e.target().length > maxPositions) {
        skipped++;
        continue;
      }
      if (maxTokens > 0 && e.size() > maxTokens) {
        throw new IllegalArgumentException(
            "example " + e.id() + " has " + e.size() + " tokens, more than batch.max_tokens " + maxTokens);
      }
      ordered.add(new Keyed(e, shuffle.bits(0, e.id())));
    }
    ordered.sort(
        Comparator.<Keyed>comparingInt(k -> k.example.source().length)
            .thenComparingInt(k -> k.example.target().length)
            .thenComparing(k -> k.shuffleKey, Long::compareUnsigned)
            .thenComparingLong(k -> k.example.id()));

    List<List<Example>> batches = new ArrayList<>();
    List<Example> batch = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int longest = 0;
    for (Keyed k : ordered) {
      Example e = k.example;
      int size = e.size();
      longest = Math.max(longest, size);
      long tokensIfAdded = (long) (batch.size() + 1) * longest;
      if (isFull(batch.size(), tokensIfAdded)) {
        int cut = Math.max(requiredMultiple * (batch.size() / requiredMultiple), batch.size() % requiredMultiple);
        batches.add(List.copyOf(batch.subList(0, cut)));
        batch = new ArrayList<>(batch.subList(cut, batch.size()));
        sizes = new ArrayList<>(sizes.subList(cut, sizes.size()));
        longest = Math.max(size, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
      }
      batch.add(e);
      sizes.add(size);
    }
    if (!batch.isEmpty()) {
      batches.add(List.copyOf(batch));
    }
    return new Result(batches, skipped);
  }

  private boolean isFull(int batchSize, long tokensIfAdded) {
    if (batchSize == 0) {
      return false;
    }
    if (maxSentences > 0 && batchSize == maxSentences) {
      return true;
    }
    return maxTokens > 0 && tokensIfAdded > maxTokens;
  }

  private record Keyed(Example example, long shuffleKey) {}
}
