package org.rdrop.pipeline.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import org.rdrop.trainer.config.TrainConfig;

/**
 * One experiment file ({@code experiments/*.yaml}): every knob of a run. Keys are snake_case and all are
 * required (except where noted), so a file states every choice and a typo is an error naming the field.
 */
public record ExperimentConfig(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty(value = "task", required = true) String task,
    @JsonProperty(value = "data", required = true) Data data,
    @JsonProperty(value = "tokenize", required = true) Tokenize tokenize,
    @JsonProperty(value = "bpe", required = true) Bpe bpe,
    @JsonProperty(value = "vocab", required = true) Vocab vocab,
    @JsonProperty(value = "batch", required = true) Batch batch,
    @JsonProperty(value = "train", required = true) TrainConfig train,
    @JsonProperty(value = "eval", required = true) Eval eval)
    implements Serializable {

  /**
   * Where the corpus is and how it is cleaned. {@code corpus} is a directory holding
   * {@code {train,valid,test}.{source_lang,target_lang}}; relative to the experiment file; null when the
   * user must supply it ({@code --data DIR}).
   */
  public record Data(
      @JsonProperty(value = "corpus", required = true) String corpus,
      @JsonProperty(value = "source_lang", required = true) String sourceLang,
      @JsonProperty(value = "target_lang", required = true) String targetLang,
      @JsonProperty(value = "max_train_pairs", required = true) int maxTrainPairs,
      @JsonProperty(value = "clean", required = true) Clean clean)
      implements Serializable {}

  /** Moses clean-corpus-n.perl rules, applied to tokenized training pairs. */
  public record Clean(
      @JsonProperty(value = "min_tokens", required = true) int minTokens,
      @JsonProperty(value = "max_tokens", required = true) int maxTokens,
      @JsonProperty(value = "length_ratio", required = true) double lengthRatio)
      implements Serializable {}

  /** Moses tokenizer.perl options and lowercase.perl. */
  public record Tokenize(
      @JsonProperty(value = "moses", required = true) boolean moses,
      @JsonProperty(value = "escape", required = true) boolean escape,
      @JsonProperty(value = "aggressive_dash", required = true) boolean aggressiveDash,
      @JsonProperty(value = "lowercase", required = true) boolean lowercase)
      implements Serializable {}

  /** Joint BPE as subword-nmt's learn_bpe.py {@code -s merges --min-frequency}. */
  public record Bpe(
      @JsonProperty(value = "merges", required = true) int merges,
      @JsonProperty(value = "min_frequency", required = true) int minFrequency)
      implements Serializable {}

  /** Joined dictionary as fairseq-preprocess {@code --joined-dictionary --thresholdsrc/tgt}. */
  public record Vocab(
      @JsonProperty(value = "threshold", required = true) int threshold,
      @JsonProperty(value = "padding_factor", required = true) int paddingFactor)
      implements Serializable {}

  /** Token-bucketed batches as fairseq's {@code --max-tokens}; 0 disables a limit. */
  public record Batch(
      @JsonProperty(value = "max_tokens", required = true) int maxTokens,
      @JsonProperty(value = "max_sentences", required = true) int maxSentences,
      @JsonProperty(value = "required_batch_size_multiple", required = true) int requiredBatchSizeMultiple)
      implements Serializable {}

  /** Decoding as fairseq-generate: beam, max length a*src+b, length penalty. */
  public record Eval(
      @JsonProperty(value = "beam", required = true) int beam,
      @JsonProperty(value = "max_len_a", required = true) double maxLenA,
      @JsonProperty(value = "max_len_b", required = true) int maxLenB,
      @JsonProperty(value = "length_penalty", required = true) double lengthPenalty)
      implements Serializable {}
}
