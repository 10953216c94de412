package org.rdrop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.verdict.Claims;
import org.rdrop.testkit.verdict.PaperVerdict;
import org.rdrop.testkit.verdict.PaperVerdicts;
import org.rdrop.testkit.verdict.PublishedResults;
import org.rdrop.testkit.verdict.RunReport;

/**
 * The verdict on each paper claim of the experiment ({@code golden/<experiment>/claims.json}), judged on a
 * report as {@code ./rdrop check} judges it, for the top of report.md and report.html: a reader sees what
 * the run says about the paper before any table.
 */
public final class ReportVerdicts {
  private ReportVerdicts() {}

  /** One line per claim; empty when the experiment has no claims (a user's own experiment). */
  public static List<String> lines(org.rdrop.format.Report r) throws IOException {
    Path golden = Experiments.home().resolve("golden");
    Claims claims = Claims.read(golden, r.experiment());
    if (claims == null) {
      return List.of();
    }
    PublishedResults paper = PublishedResults.read(golden);
    Path file = Path.of(RunReport.FILE);
    RunReport report = RunReport.of(r, file);
    List<String> out = new ArrayList<>();
    for (Claims.Claim c : claims.claims()) {
      RunReport.Metric metric = report.metric(c.metric());
      if (metric == null) {
        out.add(c.metric() + " vs " + c.published() + ": no metric '" + c.metric() + "' in this report");
        continue;
      }
      try {
        PaperVerdict v = PaperVerdicts.judge(paper.get(c.published()), metric.measured(file), c.criteria(),
            report.notConverged());
        out.add(v.headline());
      } catch (IllegalArgumentException e) {
        out.add(c.metric() + " vs " + c.published() + ": cannot be judged: " + e.getMessage());
      }
    }
    return out;
  }
}
