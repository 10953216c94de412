package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Path FILE = Path.of("run", "report.json");

  private static Report report() {
    Report.Metric bleu = new Report.Metric("bleu", "BLEU (sacreBLEU)", "tok:13a", true, 10.0, List.of(9.0, 11.0),
        11.5, List.of(10.25, 12.75), 1.5, List.of(-0.5, 2.5), 0.01, "paired bootstrap, n=1000",
        new Report.Paper("IWSLT14 De-En", 34.6, 37.3, 2.7, "Table 1"), null);
    Report.Convergence converged = new Report.Convergence("patience", "loss", 400L, 3, true, 3, "best", List.of(400L));
    TreeMap<String, Report.Training> training = new TreeMap<>();
    training.put("baseline", new Report.Training(500, 3, 4.25, 100, 4.5, 4.4, 0.0, 0.375, "abc", 500, 64000, converged));
    training.put("rdrop", new Report.Training(500, 3, 4.5, 100, 4.4, 4.3, 0.125, 0.0625, "def", 1000, 128000, null));
    TreeMap<String, Object> identity = new TreeMap<>();
    identity.put("hash", "0123");
    return new Report(Report.FORMAT, "smoke", "a test", identity, null, null, training, List.of(bleu),
        List.of(new Report.CurveFile("baseline/curve.tsv", "ff")), List.of("a note"),
        new Report.Overtake(Report.Overtake.OVERTAKES, 400L, 5, 51200L, 102400L), null);
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    Report r = report();
    String json = ManifestJson.toJson(r);
    Report back = Report.parse(json, FILE);
    assertThat(back.metrics()).isEqualTo(r.metrics());
    assertThat(back.training()).isEqualTo(r.training());
    assertThat(back.curves()).isEqualTo(r.curves());
    assertThat(back.overtake()).isEqualTo(r.overtake());
    assertThat(ManifestJson.toJson(back)).isEqualTo(json);
  }

  @Test
  void aReportWrittenBeforeTheDropoutKlAndTheOvertakeReadsThemAsUnknown() throws IOException {
    var root = (com.fasterxml.jackson.databind.node.ObjectNode) ManifestJson.MAPPER.readTree(ManifestJson.toJson(report()));
    root.remove("overtake");
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("training").get("baseline")).remove("final_dropout_kl");
    String json = ManifestJson.MAPPER.writeValueAsString(root);
    assertThat(json).doesNotContain("final_dropout_kl\":0.375").doesNotContain("overtake");
    Report back = Report.parse(json, FILE);
    assertThat(back.training().get("baseline").finalDropoutKl()).isNull();
    assertThat(back.training().get("rdrop").finalDropoutKl()).isEqualTo(0.0625);
    assertThat(back.overtake()).isNull();
  }

  @Test
  void theBuilderSetsEachFieldWhereTheConstructorWould() {
    Report.Metric built = Report.Metric.builder("bleu", "BLEU (sacreBLEU)").detail("tok:13a").higherIsBetter(true)
        .scores(10.0, List.of(9.0, 11.0), 11.5, List.of(10.25, 12.75))
        .delta(1.5, List.of(-0.5, 2.5), 0.01, "paired bootstrap, n=1000")
        .paper(new Report.Paper("IWSLT14 De-En", 34.6, 37.3, 2.7, "Table 1"))
        .build();
    assertThat(built).isEqualTo(report().metrics().get(0));
    Report.Metric bare = Report.Metric.builder("ppl", "Perplexity").higherIsBetter(false).build();
    assertThat(bare).isEqualTo(new Report.Metric("ppl", "Perplexity", "", false, null, null, null, null, null, null,
        null, "", null, null));
  }

  @Test
  void aBadFieldIsNamedWithTheFileAndTheRow() {
    String json = ManifestJson.toJson(report()).replace("\"delta_ci95\" : [ -0.5, 2.5 ]", "\"delta_ci95\" : [ 1 ]");
    assertThatThrownBy(() -> Report.parse(json, FILE)).isInstanceOf(IOException.class)
        .hasMessage(FILE + ": metrics[0] (bleu): field delta_ci95 must be two numbers, found [1]");
    String otherFormat = ManifestJson.toJson(report()).replace(Report.FORMAT, "rdrop-report/0");
    assertThatThrownBy(() -> Report.parse(otherFormat, FILE)).isInstanceOf(IOException.class)
        .hasMessage(FILE + ": field format is \"rdrop-report/0\", expected 'rdrop-report/1'");
    String badTraining = ManifestJson.toJson(report()).replace("\"updates\" : 500", "\"updates\" : \"many\"");
    assertThatThrownBy(() -> Report.parse(badTraining, FILE)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(FILE + ": ");
  }
}
