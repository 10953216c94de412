package org.rdrop.config;

import java.io.Serializable;

/**
 * The two sides of a corpus of pairs (translation and summarization): the suffix of each side's files
 * ({@code <split>.<suffix>} in the corpus and in {@code data/}) and the language its Moses tokenizer and
 * detokenizer use. Translation names each file by its language; summarization reads CNN/DailyMail's
 * {@code .source}/{@code .target} files, both sides in {@code data.lang}.
 */
public record PairSides(String source, String target, String sourceLang, String targetLang)
    implements Serializable {
  public static final String SOURCE = "source";
  public static final String TARGET = "target";

  public static PairSides of(ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    // A corpus of pairs without a language pair (summarization) has both sides in data.lang.
    if (d.sourceLang() == null) {
      return new PairSides(SOURCE, TARGET, d.lang(), d.lang());
    }
    return new PairSides(d.sourceLang(), d.targetLang(), d.sourceLang(), d.targetLang());
  }
}
