package org.rdrop.pipeline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.BleuStatsTable;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.eval.Evaluations;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.testkit.verdict.ReportDerivation;

/**
 * The pipeline's {@link ReportDerivation} (registered in META-INF/services): the report re-derived from the
 * run's curves, summaries and evaluation outputs, and for translation the BLEU tables re-derived from the
 * hypotheses and the reference. A forged number in report.json, or a score table edited to match it, no
 * longer agrees with the files it claims to come from.
 */
public final class RederivedReport implements ReportDerivation {
  @Override
  public SortedMap<String, String> derive(Path runDir) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    Map<Method, BleuStatsTable.Table> tables = null;
    if (config.task().equals(ExperimentConfig.TRANSLATION)) {
      tables = EvaluateRun.rederiveTables(runDir);
      for (Map.Entry<Method, BleuStatsTable.Table> t : tables.entrySet()) {
        String rel = runDir.relativize(EvaluateRun.table(runDir, t.getKey(), EvaluateRun.SPLIT)).toString()
            .replace('\\', '/');
        files.put(rel, BleuStatsTable.format(t.getValue()));
      }
    }
    // The tables computed once serve both the comparison above and the metric rows.
    files.putAll(ReportRun.render(runDir, Evaluations.metrics(runDir, tables), Evaluations.notes(runDir)).files());
    return files;
  }
}
