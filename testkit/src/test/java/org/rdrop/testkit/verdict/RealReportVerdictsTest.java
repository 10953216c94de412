package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The paper verdict on a real report: the bible-en-es golden run's report.json (golden/bible-en-es),
 * judged against the claim its golden declares, and with baseline and R-Drop swapped.
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

    // Both methods stopped by patience (report.json's convergence), so the claim is judged on the delta:
    // positive, significant and inside the band, the verdict the claim recorded after the judging run.
    assertThat(report.notConverged()).as("methods still learning in %s", reportFile).isNull();
    PaperVerdict judged = PaperVerdicts.judge(paper, measured, claim.criteria(), report.notConverged());
    assertThat(judged.verdict()).as(judged.text()).isEqualTo(claim.expectedVerdict())
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(judged.headline()).startsWith(String.format(Locale.ROOT,
        "reproduced: iwslt14-de-en/transformer/bleu: measured R-Drop - baseline %+.3f", measured.delta()));

    // R-Drop and baseline exchanged: the delta and its interval change sign, the p-value stays, and a
    // significant delta against the paper's direction is not-reproduced.
    MeasuredDelta swapped = new MeasuredDelta(measured.metric(), measured.rdrop(), measured.baseline(), -measured.delta(),
        -measured.ciHigh(), -measured.ciLow(), measured.ciLevel(), measured.pValue(), measured.test());
    PaperVerdict flipped = PaperVerdicts.judge(paper, swapped, claim.criteria(), report.notConverged());
    assertThat(flipped.verdict()).as(flipped.text()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(swapped.delta()).isNegative();
  }
}
