package org.rdrop.pipeline.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.eval.BleuStatsTable;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.TranslationPreparation;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * Translation (the paper's Table 1): a parallel corpus prepared as fairseq's prepare-iwslt14.sh, beam search
 * on the test set, sacreBLEU with the paired bootstrap.
 */
public final class TranslationTask implements Task {
  @Override
  public String name() {
    return ExperimentConfig.TRANSLATION;
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
}
