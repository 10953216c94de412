package org.rdrop.config;

import java.util.function.Function;

/**
 * The parts of an experiment file that only some tasks have: what a task needs or must not have
 * ({@link ExperimentChecks#present}, {@link ExperimentChecks#absent}), named by key.
 */
public enum Section {
  SOURCE_LANG("data.source_lang", c -> c.data().sourceLang()),
  TARGET_LANG("data.target_lang", c -> c.data().targetLang()),
  MAX_TRAIN_PAIRS("data.max_train_pairs", c -> c.data().maxTrainPairs()),
  CLEAN("data.clean", c -> c.data().clean()),
  LANG("data.lang", c -> c.data().lang()),
  TOKENIZE("tokenize", ExperimentConfig::tokenize),
  BPE("bpe", ExperimentConfig::bpe),
  VOCAB("vocab", ExperimentConfig::vocab),
  EVAL("eval", ExperimentConfig::eval),
  LANGUAGE_MODEL("language_model", ExperimentConfig::languageModel),
  IMAGES("images", ExperimentConfig::images),
  SENTENCES("sentences", ExperimentConfig::sentences),
  SENTENCE_LABELS("sentences.labels", c -> c.sentences().labels());

  private final String key;
  private final Function<ExperimentConfig, Object> value;

  Section(String key, Function<ExperimentConfig, Object> value) {
    this.key = key;
    this.value = value;
  }

  /** Its key in the file, as problems name it. */
  public String key() {
    return key;
  }

  /** Its value in {@code c}; null when the file does not have it. */
  Object in(ExperimentConfig c) {
    return value.apply(c);
  }
}
