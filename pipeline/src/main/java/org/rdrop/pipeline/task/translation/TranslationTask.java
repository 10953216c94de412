package org.rdrop.pipeline.task.translation;

import static org.rdrop.config.Section.BPE;
import static org.rdrop.config.Section.CLEAN;
import static org.rdrop.config.Section.EVAL;
import static org.rdrop.config.Section.IMAGES;
import static org.rdrop.config.Section.LANG;
import static org.rdrop.config.Section.LANGUAGE_MODEL;
import static org.rdrop.config.Section.MAX_TRAIN_PAIRS;
import static org.rdrop.config.Section.SENTENCES;
import static org.rdrop.config.Section.SOURCE_LANG;
import static org.rdrop.config.Section.TARGET_LANG;
import static org.rdrop.config.Section.TOKENIZE;
import static org.rdrop.config.Section.VOCAB;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.StatsMetric;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.config.ExperimentChecks;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.eval.BleuStatsTable;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.task.Task;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * Translation (the paper's Table 1): a parallel corpus prepared as fairseq's prepare-iwslt14.sh, beam search
 * on the test set, sacreBLEU with the paired bootstrap.
 */
public final class TranslationTask implements Task {
  @Override
  public String name() {
    return "translation";
  }

  @Override
  public Preparation preparation() {
    return new TranslationPreparation();
  }

  @Override
  public String paperRow() {
    return "iwslt14-de-en/transformer/bleu";
  }

  @Override
  public List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    return EvaluateRun.run(runDir, paper, options);
  }

  /** sacreBLEU's per-sentence statistics of {@code <method>/bleu.test.tsv}. */
  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    Map<Method, BleuStatsTable.Table> tables = EvaluateRun.readTables(runDir);
    StatsMetric bleu = new Bleu(BleuOptions.defaults()).metric();
    // The statistics are counts, exact as doubles (far below 2^53), so the metric sees the same integers.
    BootstrapInterval.Metric metric = s -> bleu.score(Arrays.stream(s).mapToLong(Math::round).toArray());
    return List.of(new ItemScores("bleu", "test sentences", metric,
        asDoubles(tables.get(Method.BASELINE).statsRows()), asDoubles(tables.get(Method.RDROP).statsRows())));
  }

  private static double[][] asDoubles(long[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = Arrays.stream(rows[i]).asDoubleStream().toArray();
    }
    return out;
  }

  /** The BLEU tables are computed again from the hypotheses and the reference, once, for both uses. */
  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    Map<Method, BleuStatsTable.Table> tables = EvaluateRun.rederiveTables(runDir);
    SortedMap<String, String> files = new TreeMap<>();
    for (Map.Entry<Method, BleuStatsTable.Table> t : tables.entrySet()) {
      String rel = runDir.relativize(EvaluateRun.table(runDir, t.getKey(), EvaluateRun.SPLIT)).toString()
          .replace('\\', '/');
      files.put(rel, BleuStatsTable.format(t.getValue()));
    }
    return new Rederived(EvaluateRun.metrics(runDir, tables, paper), files);
  }

  /** A parallel corpus in two languages, cleaned; BPE; beam search. */
  @Override
  public void checkSections(ExperimentConfig c, ExperimentChecks s) {
    ExperimentConfig.Data d = c.data();
    if (!s.present(c, TOKENIZE, BPE, VOCAB, EVAL, SOURCE_LANG, TARGET_LANG, MAX_TRAIN_PAIRS, CLEAN)) {
      return;
    }
    s.absent(c, LANG, LANGUAGE_MODEL, IMAGES, SENTENCES);
    s.languageCode(d.sourceLang(), "data.source_lang");
    s.languageCode(d.targetLang(), "data.target_lang");
    s.check(!d.sourceLang().equals(d.targetLang()), "data.target_lang", "different from source_lang",
        d.targetLang());
    s.cleanedPairs(c);
  }
}
