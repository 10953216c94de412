package org.rdrop.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.Serializable;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;

/**
 * One experiment file ({@code experiments/*.yaml}): every knob of a run. Keys are snake_case and all are
 * required (except where noted), so a file states every choice and a typo is an error naming the field.
 *
 * <p>Which sections a file has depends on its {@code task}: a section the task needs is required, one it does
 * not use must be absent (each task's {@link ExperimentTask#checkSections}), so a file never states a knob that
 * changes nothing.
 */
public record ExperimentConfig(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty(value = "task", required = true) String task,
    @JsonProperty(value = "data", required = true) Data data,
    @JsonProperty(value = "tokenize") Tokenize tokenize,
    @JsonProperty(value = "bpe") Bpe bpe,
    @JsonProperty(value = "vocab") Vocab vocab,
    @JsonProperty(value = "batch", required = true) Batch batch,
    @JsonProperty(value = "train", required = true) TrainConfig train,
    @JsonProperty(value = "eval") Eval eval,
    @JsonProperty(value = "language_model") LanguageModel languageModel,
    @JsonProperty(value = "images") Images images,
    // Absent from the canonical JSON when not given, so a one-seed experiment keeps its identity.
    @JsonProperty(value = "seeds") @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> seeds,
    // Absent from the canonical JSON when not given, so the identities of the other tasks do not change.
    @JsonProperty(value = "sentences") @JsonInclude(JsonInclude.Include.NON_NULL) Sentences sentences)
    implements Serializable {

  /** A translation experiment (the sections every experiment had before other tasks). */
  public ExperimentConfig(String name, String description, String task, Data data, Tokenize tokenize, Bpe bpe,
      Vocab vocab, Batch batch, TrainConfig train, Eval eval) {
    this(name, description, task, data, tokenize, bpe, vocab, batch, train, eval, null, null, null, null);
  }

  /** Without {@code seeds}: one run, whose seed is {@code train.seed}. */
  public ExperimentConfig(String name, String description, String task, Data data, Tokenize tokenize, Bpe bpe,
      Vocab vocab, Batch batch, TrainConfig train, Eval eval, LanguageModel languageModel, Images images) {
    this(name, description, task, data, tokenize, bpe, vocab, batch, train, eval, languageModel, images, null, null);
  }

  /** Whether this experiment is a seed set: one complete run per seed of {@link #seeds}. */
  @JsonIgnore // not a field of the file: the canonical JSON (and so the identity) must not show it
  public boolean isSeedSet() {
    return seeds != null;
  }

  /**
   * The same experiment as a seed set of {@code list} (the first seed becomes {@code train.seed}, as the
   * experiment file's rule demands), e.g. for {@code --seeds}.
   */
  public ExperimentConfig withSeeds(List<Long> list) {
    return new ExperimentConfig(name, description, task, data, tokenize, bpe, vocab, batch,
        train.withSeed(list.get(0)), eval, languageModel, images, List.copyOf(list), sentences);
  }

  /**
   * The one run of seed {@code seed}: no {@code seeds}, {@code train.seed} = seed. Equal to an experiment file
   * that says just that, so the run of a seed set's seed is the same run (same identity, same bytes).
   */
  public ExperimentConfig forSeed(long seed) {
    return new ExperimentConfig(name, description, task, data, tokenize, bpe, vocab, batch, train.withSeed(seed),
        eval, languageModel, images, null, sentences);
  }

  /**
   * Where the corpus is and how it is cleaned. {@code corpus} is a directory, relative to the experiment
   * file; null when the user must supply it ({@code --data DIR}). Translation: it holds
   * {@code {train,valid,test}.{source_lang,target_lang}} and every other field is required. Language
   * modeling: {@code {train,valid,test}.txt}, {@code lang} (the text's language, for the tokenizer) and,
   * optionally, {@code max_train_pairs} (the first N lines of train.txt). Summarization:
   * {@code {train,valid,test}.{source,target}}, with {@code lang}, {@code max_train_pairs} and {@code clean}.
   * Image classification: {@code {train,valid,test}.csv}, optionally {@code max_train_pairs} (the first N
   * images).
   */
  public record Data(
      // Required, but null is a value: the user supplies the corpus.
      @JsonProperty(value = "corpus", required = true) @JsonSetter(nulls = Nulls.SET) String corpus,
      @JsonProperty(value = "source_lang") String sourceLang,
      @JsonProperty(value = "target_lang") String targetLang,
      @JsonProperty(value = "max_train_pairs") Integer maxTrainPairs,
      @JsonProperty(value = "clean") Clean clean,
      @JsonProperty(value = "lang") String lang)
      implements Serializable {

    /** Translation data. */
    public Data(String corpus, String sourceLang, String targetLang, int maxTrainPairs, Clean clean) {
      this(corpus, sourceLang, targetLang, maxTrainPairs, clean, null);
    }
  }

  /**
   * Language modeling as fairseq's {@code --task language_modeling --sample-break-mode none}: the token
   * stream of a split (each line's tokens then {@code </s>}) cut into blocks of {@code tokens_per_sample}
   * tokens for training; evaluation as {@code fairseq-eval-lm --context-window C}, which scores blocks of
   * {@code tokens_per_sample - C} tokens, each read after up to C tokens of preceding context.
   */
  public record LanguageModel(
      @JsonProperty(value = "tokens_per_sample", required = true) int tokensPerSample,
      @JsonProperty(value = "context_window", required = true) int contextWindow)
      implements Serializable {}

  /**
   * Images given as CSV lines: {@code image_size^2 * channels} integer pixel values 0..{@code pixel_max}
   * (row-major), then the class 0..{@code classes - 1}. Pixels are rescaled to the model's 0..255 as
   * round(v * 255 / pixel_max).
   */
  public record Images(
      @JsonProperty(value = "pixel_max", required = true) int pixelMax,
      @JsonProperty(value = "classes", required = true) int classes)
      implements Serializable {}

  /**
   * Sentences (or sentence pairs) with a label, in GLUE's TSV files ({@code {train,valid,test}.tsv}: fields
   * separated by tabs, no quoting, as GLUE ships them). Columns are 0-based. {@code labels} lists a
   * classification's label values (class k is {@code labels[k]}; with two classes the second is the positive
   * class of F1); a regression has no {@code labels}: its label column is a number.
   */
  public record Sentences(
      @JsonProperty(value = "header", required = true) boolean header,
      @JsonProperty(value = "sentence1", required = true) int sentence1,
      @JsonProperty(value = "sentence2") Integer sentence2,
      @JsonProperty(value = "label", required = true) int label,
      @JsonProperty(value = "labels") List<String> labels)
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

  /**
   * Decoding as fairseq-generate: beam, max length a*src+b, length penalty; optionally {@code --min-len}
   * and {@code --no-repeat-ngram-size} (the paper's BART decoding), absent meaning fairseq's defaults (1
   * and off). Absent ones stay out of the canonical JSON, so experiments without them keep their identity.
   */
  public record Eval(
      @JsonProperty(value = "beam", required = true) int beam,
      @JsonProperty(value = "max_len_a", required = true) double maxLenA,
      @JsonProperty(value = "max_len_b", required = true) int maxLenB,
      @JsonProperty(value = "length_penalty", required = true) double lengthPenalty,
      @JsonProperty(value = "min_len") @JsonInclude(JsonInclude.Include.NON_NULL) Integer minLen,
      @JsonProperty(value = "no_repeat_ngram_size") @JsonInclude(JsonInclude.Include.NON_NULL)
          Integer noRepeatNgramSize)
      implements Serializable {
    /** Without min length or n-gram blocking (fairseq's defaults). */
    public Eval(int beam, double maxLenA, int maxLenB, double lengthPenalty) {
      this(beam, maxLenA, maxLenB, lengthPenalty, null, null);
    }
  }
}
