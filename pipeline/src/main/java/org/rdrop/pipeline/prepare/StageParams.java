package org.rdrop.pipeline.prepare;

import java.util.SortedMap;
import org.rdrop.config.ExperimentConfig;

/**
 * The manifest parameters of the preparation stages that several tasks share, as the experiment file sets
 * them; a task adds its own with {@link #and}.
 */
public final class StageParams {
  private StageParams() {}

  /** Moses tokenization. */
  public static SortedMap<String, Object> tokenize(ExperimentConfig c) {
    return Preparation.params("moses", c.tokenize().moses(), "escape", c.tokenize().escape(), "aggressive_dash",
        c.tokenize().aggressiveDash(), "lowercase", c.tokenize().lowercase());
  }

  /** The training split's cleaning, as fairseq's clean-corpus-n.perl. */
  public static SortedMap<String, Object> clean(ExperimentConfig c) {
    return Preparation.params("min_tokens", c.data().clean().minTokens(), "max_tokens", c.data().clean().maxTokens(),
        "length_ratio", c.data().clean().lengthRatio(), "applies_to", "train");
  }

  /** BPE learned on the training split and applied to every split. */
  public static SortedMap<String, Object> bpe(ExperimentConfig c) {
    return Preparation.params("merges", c.bpe().merges(), "min_frequency", c.bpe().minFrequency(),
        "compatible_with", "subword-nmt 0.3.9");
  }

  /** The dictionary of the segmented training split. */
  public static SortedMap<String, Object> vocab(ExperimentConfig c) {
    return Preparation.params("threshold", c.vocab().threshold(), "padding_factor", c.vocab().paddingFactor());
  }

  /** Batching by tokens with a seeded order. */
  public static SortedMap<String, Object> batch(ExperimentConfig c) {
    return Preparation.params("max_tokens", c.batch().maxTokens(), "max_sentences", c.batch().maxSentences(),
        "required_batch_size_multiple", c.batch().requiredBatchSizeMultiple(), "seed", c.train().seed());
  }

  /** {@code params} with the names and values {@code kv} (name, value, name, value, ...) added. */
  public static SortedMap<String, Object> and(SortedMap<String, Object> params, Object... kv) {
    params.putAll(Preparation.params(kv));
    return params;
  }
}
