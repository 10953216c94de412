package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The paper verdict on a real report: the bible-en-es golden run's report.json (golden/bible-en-es),
 * judged against the claim its golden declares, and on its delta alone with baseline and R-Drop swapped.
 */
class RealReportVerdictsTest {
  static final Path GOLDEN = PublishedResultsTest.REPO_GOLDEN;

  @Test
  void theGoldenRunGetsItsRecordedVerdictAndSwappingTheSystemsFlipsIt() throws Exception {
    Claims claims = Claims.read(GOLDEN, "bible-en-es");
    Claims.Claim claim = claims.claims().get(0);
    PublishedResult paper = PublishedResults.read(GOLDEN).get(claim.published());
    Path reportFile = GOLDEN.resolve("bible-en-es").resolve(RunReport.FILE);
    RunReport report = RunReport.read(reportFile);
    RunReport.Metric bleu = report.metric(claim.metric());
    MeasuredDelta measured = bleu.measured(reportFile);

    // The golden run's models were still learning (its report predates recorded convergence): inconclusive,
    // though its delta alone would say not-reproduced.
    PaperVerdict judged = PaperVerdicts.judge(paper, measured, claim.criteria(), report.notConverged());
    assertThat(judged.verdict()).as(judged.text()).isEqualTo(claim.expectedVerdict())
        .isEqualTo(Verdict.INCONCLUSIVE_NOT_CONVERGED);
    PaperVerdict asRun = PaperVerdicts.judge(paper, measured, claim.criteria());

    // R-Drop and baseline exchanged: the delta and its interval change sign, the p-value stays.
    MeasuredDelta swapped = new MeasuredDelta(measured.metric(), measured.rdrop(), measured.baseline(), -measured.delta(),
        -measured.ciHigh(), -measured.ciLow(), measured.ciLevel(), measured.pValue(), measured.test());
    PaperVerdict flipped = PaperVerdicts.judge(paper, swapped, claim.criteria());
    assertThat(List.of(asRun.verdict(), flipped.verdict())).as(asRun.text() + flipped.text())
        .containsExactly(Verdict.NOT_REPRODUCED, Verdict.REPRODUCED);
    // The headline carries the swapped (now positive) delta of whatever the golden run measured.
    assertThat(flipped.headline()).startsWith(String.format(Locale.ROOT,
        "reproduced: iwslt14-de-en/transformer/bleu: measured R-Drop - baseline %+.3f", -measured.delta()));
    assertThat(-measured.delta()).isPositive();
  }
}
