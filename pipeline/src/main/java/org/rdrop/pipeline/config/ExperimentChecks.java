package org.rdrop.pipeline.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rdrop.trainer.config.TrainConfig;

/** Value checks that a schema cannot express; each problem names its field. */
final class ExperimentChecks {
  private static final Set<String> TASKS = Set.of("translation");
  private static final Set<String> ARCHS = Set.of("transformer", "transformer_lm", "vit");
  private static final Set<String> DEVICES = Set.of("cpu", "gpu", "auto");

  private ExperimentChecks() {}

  static List<String> problems(ExperimentConfig c) {
    List<String> p = new ArrayList<>();
    check(p, c.name().matches("[a-z0-9][a-z0-9-]*"), "name", "lowercase letters, digits and '-'", c.name());
    check(p, TASKS.contains(c.task()), "task", "one of " + TASKS, c.task());
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
    check(p, c.bpe().merges() >= 1, "bpe.merges", ">= 1", c.bpe().merges());
    check(p, c.bpe().minFrequency() >= 1, "bpe.min_frequency", ">= 1", c.bpe().minFrequency());
    check(p, c.vocab().threshold() >= 0, "vocab.threshold", ">= 0", c.vocab().threshold());
    check(p, c.vocab().paddingFactor() >= 1, "vocab.padding_factor", ">= 1", c.vocab().paddingFactor());
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
    check(p, t.checkpointEvery() >= 0, "train.checkpoint_every", ">= 0", t.checkpointEvery());
    check(p, c.eval().beam() >= 1, "eval.beam", ">= 1", c.eval().beam());
    return p;
  }

  private static void check(List<String> problems, boolean ok, String field, String want, Object got) {
    if (!ok) {
      problems.add("field '" + field + "' must be " + want + ", got " + got);
    }
  }
}
