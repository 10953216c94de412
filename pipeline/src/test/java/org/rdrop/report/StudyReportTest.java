package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Report;
import org.rdrop.config.Experiments;
import org.rdrop.config.Study;

class StudyReportTest {
  static final Study.Axis K = new Study.Axis("train.regularization.every", "k",
      List.of(IntNode.valueOf(1), IntNode.valueOf(2), IntNode.valueOf(5)));

  static Report report(double rdrop, double lo, double hi, boolean converged) {
    Report.Metric m = Report.Metric.builder("accuracy", "Accuracy").scores(90.0, List.of(89.0, 91.0), rdrop,
        List.of(lo, hi)).delta(rdrop - 90, List.of(0.0, 1.0), 0.5, "t").build();
    Report.Convergence c = new Report.Convergence("patience", "loss", 100L, 5, converged, 5, "best", List.of(100L));
    TreeMap<String, Report.Training> training = new TreeMap<>();
    for (String method : List.of("baseline", "rdrop")) {
      training.put(method, new Report.Training(200, 3, 1.0, 10, 1.0, 1.0, 0.0, "x", 200, 1000, c));
    }
    return new Report(Report.FORMAT, "e", "d", new TreeMap<>(), null, null, training, List.of(m), List.of(), List.of(),
        null);
  }

  static StudyReport.Summary summary(int claimedK, Report... reports) {
    Study study = new Study("k-step", "d", "digits-vit", Map.of(), K, null, "accuracy",
        new Study.Claim(List.of(IntNode.valueOf(claimedK)), "paper"));
    List<Study.Variant> variants = new ArrayList<>();
    for (JsonNode v : K.values()) {
      variants.add(new Study.Variant("k-" + v, List.of(v), Experiments.load("digits-vit")));
    }
    return StudyReport.of(study, variants, List.of(reports));
  }

  @Test
  void thePapersBestCellMeasuredBestIsReproduced() {
    StudyReport.Summary s = summary(1, report(95, 94, 96, true), report(93, 92, 94, true), report(92, 91, 93, true));
    assertThat(s.best()).isEqualTo("k-1");
    assertThat(s.verdict()).isEqualTo("reproduced");
  }

  @Test
  void aPapersBestCellInsideTheBestOnesIntervalIsDirectionOnlyAndOutsideNotReproduced() {
    StudyReport.Summary inside = summary(1, report(94.5, 93.5, 95.5, true), report(95, 94, 96, true),
        report(92, 91, 93, true));
    assertThat(inside.best()).isEqualTo("k-2");
    assertThat(inside.verdict()).isEqualTo("direction-only");
    assertThat(inside.why()).contains("measured best k-2 (R-Drop 95.0000), the paper's best k-1 (R-Drop 94.5000)");
    StudyReport.Summary outside = summary(1, report(93, 92, 94, true), report(95, 94.5, 96, true),
        report(92, 91, 93, true));
    assertThat(outside.verdict()).isEqualTo("not-reproduced");
  }

  @Test
  void anyVariantNotConvergedMakesItInconclusive() {
    StudyReport.Summary s = summary(1, report(95, 94, 96, true), report(93, 92, 94, false), report(92, 91, 93, true));
    assertThat(s.verdict()).isEqualTo("inconclusive: not converged");
    assertThat(s.why()).endsWith("not converged: k-2");
  }

  @Test
  void theMarkdownTableMarksTheBestCellAndTheHtmlDrawsIt() {
    StudyReport.Summary s = summary(1, report(95, 94, 96, true), report(93, 92, 94, true), report(92, 91, 93, true));
    String md = StudyReport.markdown(s);
    assertThat(md).contains("| 1 | **95.0000 [94.0000, 96.0000]** | 90.0000 | yes | k-1 |")
        .contains("| 2 | 93.0000 [92.0000, 94.0000] | 90.0000 | yes | k-2 |")
        .contains("**Verdict on the paper's best cell [1] (paper): reproduced**");
    assertThat(StudyReport.html(s, md)).contains("<h1>rdrop study: k-step</h1>").contains("<svg");
  }
}
