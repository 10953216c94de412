package org.rdrop.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rdrop.trainer.config.ConfigFile.Problem;
import org.rdrop.trainer.config.TrainConfig;

/**
 * Value checks that a schema cannot express; each problem names its key. The sections that depend on the task
 * are checked by the task ({@link ExperimentTask#checkSections}) with this class's helpers.
 */
public final class ExperimentChecks {
  private static final Set<String> ARCHS = Set.copyOf(TrainConfig.ARCHS);
  private static final Set<String> DEVICES = Set.of("cpu", "gpu", "auto");

  private final List<Problem> problems;
  private final String task;

  private ExperimentChecks(List<Problem> problems, String task) {
    this.problems = problems;
    this.task = task;
  }

  /** The tasks, found once (a lookup on the class path). */
  private static final class Registered {
    static final List<? extends ExperimentTask> TASKS = ExperimentTasks.registered().all();
  }

  static List<Problem> problems(ExperimentConfig c) {
    List<Problem> p = new ArrayList<>();
    check(p, c.name().matches("[a-z0-9][a-z0-9-]*"), "name", "lowercase letters, digits and '-'", c.name());
    Optional<? extends ExperimentTask> task = Registered.TASKS.stream().filter(t -> t.name().equals(c.task()))
        .findFirst();
    check(p, task.isPresent(), "task", "one of " + Registered.TASKS.stream().map(ExperimentTask::name).toList(),
        c.task());
    if (task.isEmpty()) {
      return p; // the task check above names the problem; nothing else can be checked
    }
    task.get().checkSections(c, new ExperimentChecks(p, c.task()));
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

  /** bpe and vocab: the sections of every task that reads text. */
  public void textSections(ExperimentConfig c) {
    check(c.bpe().merges() >= 1, "bpe.merges", ">= 1", c.bpe().merges());
    check(c.bpe().minFrequency() >= 1, "bpe.min_frequency", ">= 1", c.bpe().minFrequency());
    check(c.vocab().threshold() >= 0, "vocab.threshold", ">= 0", c.vocab().threshold());
    check(c.vocab().paddingFactor() >= 1, "vocab.padding_factor", ">= 1", c.vocab().paddingFactor());
  }

  /** {@code data.max_train_pairs} where it is optional (images, language modelling): absent, or >= 0 (0 = all). */
  public void optionalMaxTrainPairs(ExperimentConfig.Data d) {
    check(d.maxTrainPairs() == null || d.maxTrainPairs() >= 0, "data.max_train_pairs", ">= 0 (0 = all)",
        d.maxTrainPairs());
  }

  /**
   * The sections of a corpus of pairs that is cleaned, and decoded with beam search (translation,
   * summarization): {@code data.max_train_pairs}, {@code data.clean}, the text sections and {@code eval}.
   */
  public void cleanedPairs(ExperimentConfig c) {
    ExperimentConfig.Data d = c.data();
    check(d.maxTrainPairs() >= 0, "data.max_train_pairs", ">= 0", d.maxTrainPairs());
    check(d.clean().minTokens() >= 1, "data.clean.min_tokens", ">= 1", d.clean().minTokens());
    check(d.clean().maxTokens() >= d.clean().minTokens(), "data.clean.max_tokens", ">= min_tokens",
        d.clean().maxTokens());
    check(d.clean().lengthRatio() >= 1, "data.clean.length_ratio", ">= 1", d.clean().lengthRatio());
    textSections(c);
    check(c.eval().beam() >= 1, "eval.beam", ">= 1", c.eval().beam());
    decodingLimits(c.eval());
  }

  /** The optional fairseq-generate options: a min length of at least 1, n-gram blocking 0 (off) or n >= 2. */
  private void decodingLimits(ExperimentConfig.Eval e) {
    check(e.minLen() == null || e.minLen() >= 1, "eval.min_len", ">= 1 (or left out: 1)", e.minLen());
    check(e.noRepeatNgramSize() == null || e.noRepeatNgramSize() == 0 || e.noRepeatNgramSize() >= 2,
        "eval.no_repeat_ngram_size", "0 (off) or >= 2", e.noRepeatNgramSize());
  }

  /** A language code (the Moses tokenizer's language) at {@code field}. */
  public void languageCode(String value, String field) {
    check(value.matches("[a-z]{2,3}"), field, "a language code", value);
  }

  /** The model the task trains: {@code train.model.arch} must be {@code arch}. */
  public void arch(ExperimentConfig c, String arch) {
    check(c.train().model().arch().equals(arch), "train.model.arch", arch + " for " + task, c.train().model().arch());
  }

  /**
   * Sections the task needs: a problem for each one {@code c} lacks, in the order given; whether all are there
   * (only then can their values be checked).
   */
  public boolean present(ExperimentConfig c, Section... needed) {
    boolean all = true;
    for (Section section : needed) {
      if (section.in(c) == null) {
        problems.add(new Problem(section.key(), "required for task " + task));
        all = false;
      }
    }
    return all;
  }

  /** Sections the task does not use must not be written (they would change nothing): a problem for each. */
  public void absent(ExperimentConfig c, Section... unused) {
    for (Section section : unused) {
      if (section.in(c) != null) {
        problems.add(new Problem(section.key(), "not used by task " + task + "; remove it"));
      }
    }
  }

  /** A value check: a problem "must be {@code want}, got {@code got}" at {@code field} unless {@code ok}. */
  public void check(boolean ok, String field, String want, Object got) {
    check(problems, ok, field, want, got);
  }

  private static void check(List<Problem> problems, boolean ok, String field, String want, Object got) {
    if (!ok) {
      problems.add(new Problem(field, "must be " + want + ", got " + got));
    }
  }
}
