package org.rdrop.pipeline.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.pipeline.run.ReportRun;
import org.rdrop.pipeline.run.Evaluations;
import org.rdrop.pipeline.task.Task;
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
    if (SeedSetDirectory.isSeedSet(runDir)) {
      return new TreeMap<>(SeedSets.render(runDir).files());
    }
    // The evaluation files computed once serve both the comparison with the disk and the metric rows.
    Task.Rederived evaluation = Evaluations.rederive(runDir);
    SortedMap<String, String> files = new TreeMap<>(evaluation.files());
    files.putAll(ReportRun.render(runDir, evaluation.metrics(), Evaluations.notes(runDir)).files());
    return files;
  }
}
