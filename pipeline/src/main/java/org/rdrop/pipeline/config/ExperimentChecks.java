package org.rdrop.pipeline.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rdrop.trainer.config.ConfigFile.Problem;
import org.rdrop.trainer.config.TrainConfig;

/** Value checks that a schema cannot express; each problem names its key. */
final class ExperimentChecks {
  private static final Set<String> TASKS = Set.of(ExperimentConfig.TRANSLATION, ExperimentConfig.LANGUAGE_MODELING,
      ExperimentConfig.IMAGE_CLASSIFICATION, ExperimentConfig.SUMMARIZATION, ExperimentConfig.SENTENCE_CLASSIFICATION,
      ExperimentConfig.REGRESSION);
  private static final Set<String> ARCHS = Set.copyOf(TrainConfig.ARCHS);
  private static final Set<String> DEVICES = Set.of("cpu", "gpu", "auto");

  private ExperimentChecks() {}

  static List<Problem> problems(ExperimentConfig c) {
    List<Problem> p = new ArrayList<>();
    check(p, c.name().matches("[a-z0-9][a-z0-9-]*"), "name", "lowercase letters, digits and '-'", c.name());
    check(p, TASKS.contains(c.task()), "task", "one of " + TASKS, c.task());
    switch (c.task()) {
      case ExperimentConfig.TRANSLATION -> translation(p, c);
      case ExperimentConfig.LANGUAGE_MODELING -> languageModeling(p, c);
      case ExperimentConfig.IMAGE_CLASSIFICATION -> imageClassification(p, c);
      case ExperimentConfig.SUMMARIZATION -> summarization(p, c);
      case ExperimentConfig.SENTENCE_CLASSIFICATION, ExperimentConfig.REGRESSION -> sentences(p, c);
      default -> {
        return p; // the task check above names the problem; nothing else can be checked
      }
    }
    ExperimentConfig.Batch b = c.batch();
    check(p, b.maxTokens() > 0 || b.maxSentences() > 0, "batch.max_tokens",
        "> 0 (or batch.max_sentences > 0)", b.maxTokens());
    check(p, b.maxTokens() >= 0, "batch.max_tokens", ">= 0", b.maxTokens());
    check(p, b.maxSentences() >= 0, "batch.max_sentences", ">= 0", b.maxSentences());
    check(p, b.requiredBatchSizeMultiple() >= 1, "batch.required_batch_size_multiple", ">= 1",
        b.requiredBatchSizeMultiple());

    TrainConfig t = c.train();
    check(p, ARCHS.contains(t.model().arch()), "train.model.arch", "one of " + ARCHS, t.model().arch());
    check(p, t.model().embedDim() > 0 && t.model().embedDim() % t.model().heads() == 0,
        "train.model.embed_dim", "a positive multiple of heads", t.model().embedDim());
    check(p, t.model().maxPositions() > 0, "train.model.max_positions", "> 0", t.model().maxPositions());
    check(p, t.optimizer().name().equals("adam"), "train.optimizer.name", "adam", t.optimizer().name());
    check(p, t.optimizer().betas().size() == 2, "train.optimizer.betas", "two numbers", t.optimizer().betas());
    check(p, t.optimizer().lr() > 0, "train.optimizer.lr", "> 0", t.optimizer().lr());
    check(p, t.schedule().name().equals("inverse_sqrt"), "train.schedule.name", "inverse_sqrt",
        t.schedule().name());
    check(p, t.schedule().maxUpdates() > 0 || t.schedule().maxEpochs() > 0, "train.schedule.max_updates",
        "> 0 (or max_epochs > 0)", t.schedule().maxUpdates());
    TrainConfig.Regularization r = t.regularization();
    check(p, r.dropout() >= 0 && r.dropout() < 1, "train.regularization.dropout", "in [0, 1)", r.dropout());
    check(p, r.alpha() >= 0, "train.regularization.alpha", ">= 0", r.alpha());
    check(p, r.passes() >= 2, "train.regularization.passes", ">= 2", r.passes());
    check(p, r.every() >= 1, "train.regularization.every", ">= 1", r.every());
    check(p, r.consistency().equals("kl") || r.consistency().equals("mse"), "train.regularization.consistency",
        "kl or mse", r.consistency());
    check(p, r.passDropouts() == null || r.passDropouts().size() == r.passes(),
        "train.regularization.pass_dropouts", "one rate per pass", r.passDropouts());
    check(p, t.threads() >= 1, "train.threads", ">= 1", t.threads());
    check(p, DEVICES.contains(t.device()), "train.device", "one of " + DEVICES, t.device());
    check(p, t.checkpointEvery() >= 1, "train.checkpoint_every", ">= 1", t.checkpointEvery());
    if (c.seeds() != null) {
      seeds(p, c);
    }
    TrainConfig.Convergence v = t.convergence();
    check(p, v.patience() >= 0, "train.convergence.patience", ">= 0 (0 = off)", v.patience());
    check(p, TrainConfig.Convergence.METRICS.contains(v.bestMetric()), "train.convergence.best_metric",
        "one of " + TrainConfig.Convergence.METRICS, v.bestMetric());
    check(p, TrainConfig.Convergence.FINAL_MODELS.contains(v.finalModel()), "train.convergence.final_model",
        "one of " + TrainConfig.Convergence.FINAL_MODELS, v.finalModel());
    check(p, v.finalModel().equals("average") ? v.averageLast() >= 2 : v.averageLast() == 0,
        "train.convergence.average_last", ">= 2 with final_model average, else 0", v.averageLast());
    return p;
  }

  /**
   * A seed set: at least one seed, each >= 0 and given once; {@code train.seed} is the first, so the file
   * states no seed that no run uses.
   */
  private static void seeds(List<Problem> p, ExperimentConfig c) {
    List<Long> s = c.seeds();
    check(p, !s.isEmpty(), "seeds", "at least one seed (or leave seeds out for one run of train.seed)", s);
    check(p, s.stream().allMatch(x -> x != null && x >= 0), "seeds", "integers >= 0", s);
    check(p, s.stream().distinct().count() == s.size(), "seeds", "distinct", s);
    if (!s.isEmpty()) {
      check(p, Long.valueOf(c.train().seed()).equals(s.get(0)), "train.seed",
          "the first of seeds (" + s.get(0) + "): with seeds, each run's seed replaces train.seed", c.train().seed());
    }
  }

  private static void translation(List<Problem> p, ExperimentConfig c) {
    if (!present(p, c.task(), c.tokenize(), "tokenize") | !present(p, c.task(), c.bpe(), "bpe")
        | !present(p, c.task(), c.vocab(), "vocab") | !present(p, c.task(), c.eval(), "eval")
        | !present(p, c.task(), c.data().sourceLang(), "data.source_lang")
        | !present(p, c.task(), c.data().targetLang(), "data.target_lang")
        | !present(p, c.task(), c.data().maxTrainPairs(), "data.max_train_pairs")
        | !present(p, c.task(), c.data().clean(), "data.clean")) {
      return;
    }
    absent(p, c.task(), c.data().lang(), "data.lang");
    absent(p, c.task(), c.languageModel(), "language_model");
    absent(p, c.task(), c.images(), "images");
    absent(p, c.task(), c.sentences(), "sentences");
    ExperimentConfig.Data d = c.data();
    check(p, d.sourceLang().matches("[a-z]{2,3}"), "data.source_lang", "a language code", d.sourceLang());
    check(p, d.targetLang().matches("[a-z]{2,3}"), "data.target_lang", "a language code", d.targetLang());
    check(p, !d.sourceLang().equals(d.targetLang()), "data.target_lang", "different from source_lang",
        d.targetLang());
    check(p, d.maxTrainPairs() >= 0, "data.max_train_pairs", ">= 0", d.maxTrainPairs());
    check(p, d.clean().minTokens() >= 1, "data.clean.min_tokens", ">= 1", d.clean().minTokens());
    check(p, d.clean().maxTokens() >= d.clean().minTokens(), "data.clean.max_tokens", ">= min_tokens",
        d.clean().maxTokens());
    check(p, d.clean().lengthRatio() >= 1, "data.clean.length_ratio", ">= 1", d.clean().lengthRatio());
    textSections(p, c);
    check(p, c.eval().beam() >= 1, "eval.beam", ">= 1", c.eval().beam());
    decodingLimits(p, c.eval());
  }

  /**
   * Summarization: translation's sections, with one language ({@code data.lang}) for the {@code .source}
   * and {@code .target} files instead of a language pair; the Transformer encoder-decoder.
   */
  private static void summarization(List<Problem> p, ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    absent(p, c.task(), d.sourceLang(), "data.source_lang");
    absent(p, c.task(), d.targetLang(), "data.target_lang");
    absent(p, c.task(), c.languageModel(), "language_model");
    absent(p, c.task(), c.images(), "images");
    absent(p, c.task(), c.sentences(), "sentences");
    if (!present(p, c.task(), d.lang(), "data.lang") | !present(p, c.task(), c.tokenize(), "tokenize")
        | !present(p, c.task(), c.bpe(), "bpe") | !present(p, c.task(), c.vocab(), "vocab")
        | !present(p, c.task(), c.eval(), "eval")
        | !present(p, c.task(), d.maxTrainPairs(), "data.max_train_pairs")
        | !present(p, c.task(), d.clean(), "data.clean")) {
      return;
    }
    check(p, d.lang().matches("[a-z]{2,3}"), "data.lang", "a language code", d.lang());
    check(p, d.maxTrainPairs() >= 0, "data.max_train_pairs", ">= 0", d.maxTrainPairs());
    check(p, d.clean().minTokens() >= 1, "data.clean.min_tokens", ">= 1", d.clean().minTokens());
    check(p, d.clean().maxTokens() >= d.clean().minTokens(), "data.clean.max_tokens", ">= min_tokens",
        d.clean().maxTokens());
    check(p, d.clean().lengthRatio() >= 1, "data.clean.length_ratio", ">= 1", d.clean().lengthRatio());
    textSections(p, c);
    check(p, c.eval().beam() >= 1, "eval.beam", ">= 1", c.eval().beam());
    decodingLimits(p, c.eval());
    check(p, c.train().model().arch().equals("transformer"), "train.model.arch", "transformer for " + c.task(),
        c.train().model().arch());
  }

  /** The optional fairseq-generate options: a min length of at least 1, n-gram blocking 0 (off) or n >= 2. */
  private static void decodingLimits(List<Problem> p, ExperimentConfig.Eval e) {
    check(p, e.minLen() == null || e.minLen() >= 1, "eval.min_len", ">= 1 (or left out: 1)", e.minLen());
    check(p, e.noRepeatNgramSize() == null || e.noRepeatNgramSize() == 0 || e.noRepeatNgramSize() >= 2,
        "eval.no_repeat_ngram_size", "0 (off) or >= 2", e.noRepeatNgramSize());
  }

  private static void languageModeling(List<Problem> p, ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    absent(p, c.task(), d.sourceLang(), "data.source_lang");
    absent(p, c.task(), d.targetLang(), "data.target_lang");
    absent(p, c.task(), d.maxTrainPairs(), "data.max_train_pairs");
    absent(p, c.task(), d.clean(), "data.clean");
    absent(p, c.task(), c.eval(), "eval");
    absent(p, c.task(), c.images(), "images");
    absent(p, c.task(), c.sentences(), "sentences");
    if (!present(p, c.task(), d.lang(), "data.lang") | !present(p, c.task(), c.tokenize(), "tokenize")
        | !present(p, c.task(), c.bpe(), "bpe") | !present(p, c.task(), c.vocab(), "vocab")
        | !present(p, c.task(), c.languageModel(), "language_model")) {
      return;
    }
    check(p, d.lang().matches("[a-z]{2,3}"), "data.lang", "a language code", d.lang());
    textSections(p, c);
    ExperimentConfig.LanguageModel lm = c.languageModel();
    check(p, lm.tokensPerSample() >= 2, "language_model.tokens_per_sample", ">= 2", lm.tokensPerSample());
    check(p, lm.tokensPerSample() <= c.train().model().maxPositions(), "language_model.tokens_per_sample",
        "<= train.model.max_positions (" + c.train().model().maxPositions() + ")", lm.tokensPerSample());
    check(p, lm.contextWindow() >= 0 && lm.contextWindow() < lm.tokensPerSample(), "language_model.context_window",
        ">= 0 and < tokens_per_sample", lm.contextWindow());
    check(p, c.train().model().arch().equals("transformer_lm"), "train.model.arch", "transformer_lm for "
        + c.task(), c.train().model().arch());
  }

  private static void imageClassification(List<Problem> p, ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    for (Object[] f : new Object[][] {{d.sourceLang(), "data.source_lang"}, {d.targetLang(), "data.target_lang"},
        {d.clean(), "data.clean"}, {d.lang(), "data.lang"},
        {c.tokenize(), "tokenize"}, {c.bpe(), "bpe"}, {c.vocab(), "vocab"}, {c.eval(), "eval"},
        {c.languageModel(), "language_model"}, {c.sentences(), "sentences"}}) {
      absent(p, c.task(), f[0], (String) f[1]);
    }
    // Optional here: the first N training images (a subset small enough for a model to overfit in budget).
    check(p, d.maxTrainPairs() == null || d.maxTrainPairs() >= 0, "data.max_train_pairs", ">= 0 (0 = all)",
        d.maxTrainPairs());
    if (!present(p, c.task(), c.images(), "images")) {
      return;
    }
    check(p, c.images().pixelMax() >= 1 && c.images().pixelMax() <= 255, "images.pixel_max", "in 1..255",
        c.images().pixelMax());
    check(p, c.images().classes() >= 2, "images.classes", ">= 2", c.images().classes());
    check(p, c.train().model().arch().equals("vit"), "train.model.arch", "vit for " + c.task(),
        c.train().model().arch());
    check(p, c.batch().maxSentences() > 0, "batch.max_sentences", "> 0 (images are batched by count)",
        c.batch().maxSentences());
  }

  /**
   * Sentence classification and regression: language-modeling's text sections plus {@code sentences}; the
   * model is the task's encoder, with one output per label for a classification.
   */
  private static void sentences(List<Problem> p, ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    for (Object[] f : new Object[][] {{d.sourceLang(), "data.source_lang"}, {d.targetLang(), "data.target_lang"},
        {d.maxTrainPairs(), "data.max_train_pairs"}, {d.clean(), "data.clean"}, {c.eval(), "eval"},
        {c.languageModel(), "language_model"}, {c.images(), "images"}}) {
      absent(p, c.task(), f[0], (String) f[1]);
    }
    if (!present(p, c.task(), d.lang(), "data.lang") | !present(p, c.task(), c.tokenize(), "tokenize")
        | !present(p, c.task(), c.bpe(), "bpe") | !present(p, c.task(), c.vocab(), "vocab")
        | !present(p, c.task(), c.sentences(), "sentences")) {
      return;
    }
    check(p, d.lang().matches("[a-z]{2,3}"), "data.lang", "a language code", d.lang());
    textSections(p, c);
    ExperimentConfig.Sentences s = c.sentences();
    Integer second = s.sentence2();
    check(p, s.sentence1() >= 0, "sentences.sentence1", "a column >= 0", s.sentence1());
    check(p, second == null || second >= 0 && second != s.sentence1(), "sentences.sentence2",
        "a column >= 0 other than sentence1", second);
    check(p, s.label() >= 0 && s.label() != s.sentence1() && !Integer.valueOf(s.label()).equals(second),
        "sentences.label", "a column >= 0 other than the sentences'", s.label());
    TrainConfig.Model m = c.train().model();
    if (c.task().equals(ExperimentConfig.REGRESSION)) {
      absent(p, c.task(), s.labels(), "sentences.labels");
      check(p, m.arch().equals(TrainConfig.TEXT_REGRESSOR), "train.model.arch", TrainConfig.TEXT_REGRESSOR
          + " for " + c.task(), m.arch());
      check(p, c.train().regularization().consistency().equals("mse"), "train.regularization.consistency",
          "mse for " + c.task() + " (as the paper's STS-B)", c.train().regularization().consistency());
    } else if (present(p, c.task(), s.labels(), "sentences.labels")) {
      check(p, s.labels().size() >= 2 && s.labels().stream().distinct().count() == s.labels().size(),
          "sentences.labels", "two or more distinct values", s.labels());
      check(p, m.arch().equals(TrainConfig.TEXT_CLASSIFIER), "train.model.arch", TrainConfig.TEXT_CLASSIFIER
          + " for " + c.task(), m.arch());
      check(p, Integer.valueOf(s.labels().size()).equals(m.classes()), "train.model.classes",
          "the number of sentences.labels (" + s.labels().size() + ")", m.classes());
    }
  }

  private static void textSections(List<Problem> p, ExperimentConfig c) {
    check(p, c.bpe().merges() >= 1, "bpe.merges", ">= 1", c.bpe().merges());
    check(p, c.bpe().minFrequency() >= 1, "bpe.min_frequency", ">= 1", c.bpe().minFrequency());
    check(p, c.vocab().threshold() >= 0, "vocab.threshold", ">= 0", c.vocab().threshold());
    check(p, c.vocab().paddingFactor() >= 1, "vocab.padding_factor", ">= 1", c.vocab().paddingFactor());
  }

  /** A section the task needs; false (and a problem) when missing. */
  private static boolean present(List<Problem> problems, String task, Object value, String field) {
    if (value == null) {
      problems.add(new Problem(field, "required for task " + task));
      return false;
    }
    return true;
  }

  /** A section the task does not use must not be written (it would change nothing). */
  private static void absent(List<Problem> problems, String task, Object value, String field) {
    if (value != null) {
      problems.add(new Problem(field, "not used by task " + task + "; remove it"));
    }
  }

  private static void check(List<Problem> problems, boolean ok, String field, String want, Object got) {
    if (!ok) {
      problems.add(new Problem(field, "must be " + want + ", got " + got));
    }
  }
}
