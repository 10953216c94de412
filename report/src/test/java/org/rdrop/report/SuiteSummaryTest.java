package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;

/** The suite's page: each experiment's validation curves, read from its run (or seed set) directory. */
class SuiteSummaryTest {
  @TempDir Path dir;

  private void valid(String relative, double... nll) throws IOException {
    Path file = dir.resolve(relative).resolve(Curve.VALID_FILE);
    Files.createDirectories(file.getParent());
    Curve.writeValid(file, OvertakingTest.valid(nll));
  }

  private static SuiteSummary.Entry entry(String name, List<Long> seeds) {
    return new SuiteSummary.Entry(name, name, seeds, Boolean.TRUE, List.of("a verdict of " + name), List.of());
  }

  @Test
  void aRunsAndASeedSetsCurvesAreNamedAsTheirReportsNameThem() throws IOException {
    valid("one/baseline", 5.0, 4.5);
    valid("one/rdrop", 5.2, 4.4);
    valid("set/seed-1/baseline", 5.1);
    valid("set/seed-7/baseline", 5.3);
    valid("set/seed-7/rdrop", 5.4);
    // seed-1's R-Drop has no validation data: no series, not an error.
    Files.createDirectories(dir.resolve("set/seed-1/rdrop"));

    Map<String, List<Curve.ValidRow>> one = SuiteSummary.validationCurves(dir.resolve("one"), null);
    assertThat(one.keySet()).containsExactly("baseline", "rdrop");
    assertThat(one.get("rdrop")).isEqualTo(OvertakingTest.valid(5.2, 4.4));
    Map<String, List<Curve.ValidRow>> set = SuiteSummary.validationCurves(dir.resolve("set"), List.of(1L, 7L));
    assertThat(set.keySet()).containsExactly("baseline/seed-1", "baseline/seed-7", "rdrop/seed-7");
    assertThat(set.get("baseline/seed-7")).isEqualTo(OvertakingTest.valid(5.3));
  }

  @Test
  void thePageHoldsTheTableTheVerdictsAndOneChartPerExperimentWithALinkToItsReport() throws IOException {
    valid("one/baseline", 5.0, 4.5);
    valid("one/rdrop", 5.2, 4.4);
    valid("set/seed-1/baseline", 5.1);
    valid("set/seed-1/rdrop", 5.0);

    SuiteSummary.write(dir, "s", "two experiments", List.of(entry("one", null), entry("set", List.of(1L))));

    String html = Files.readString(dir.resolve(SuiteSummary.HTML));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>rdrop suite: s</title>")
        .contains("<h1>rdrop suite: s</h1>").contains("<td>one</td><td>one run</td>")
        .contains("<li>set: a verdict of set</li>").endsWith("</body></html>\n");
    // One chart per experiment after its heading, each method in its colour (XChart draws text as paths, so
    // the series names are checked on the data above, not here).
    String one = html.substring(html.indexOf("<h3>one</h3>"), html.indexOf("<h3>set</h3>"));
    String set = html.substring(html.indexOf("<h3>set</h3>"));
    for (String section : List.of(one, set)) {
      assertThat(section.split("<svg", -1)).as("one chart in %s", section.substring(0, 12)).hasSize(2);
      assertThat(section).contains("stroke:rgb(31,119,180)").contains("stroke:rgb(214,39,40)");
    }
    assertThat(one).contains("<a href=\"one/report.html\">");
    assertThat(set).contains("<a href=\"set/report.html\">");
    assertThat(ManifestJson.MAPPER.readTree(dir.resolve(SuiteSummary.JSON).toFile()).path("experiments"))
        .hasSize(2);
    assertThat(Files.readString(dir.resolve(SuiteSummary.MARKDOWN))).contains("| set | [1] | yes |");
  }

  @Test
  void anExperimentWithoutValidationDataSaysSoInsteadOfAnEmptyChart() throws IOException {
    Files.createDirectories(dir.resolve("bare"));
    SuiteSummary.write(dir, "s", "d", List.of(entry("bare", null)));
    String html = Files.readString(dir.resolve(SuiteSummary.HTML));
    assertThat(html.substring(html.indexOf("<h3>bare</h3>"))).contains("<p>(no data)</p>").doesNotContain("<svg");
  }
}
