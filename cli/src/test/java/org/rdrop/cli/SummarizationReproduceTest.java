package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.ReportFormat;
import org.rdrop.testkit.verdict.RunChecks;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * {@code reproduce summarization-smoke} end to end, checked against its goldens (curves and claims) as
 * {@code rdrop check} does; then again elsewhere: the same bytes.
 */
class SummarizationReproduceTest {
  @TempDir static Path dir;
  static Path run;

  @BeforeAll
  static void reproduceOnce() {
    run = dir.resolve("run");
    CommandOutcome o = CliTest.run("reproduce", "summarization-smoke", "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("ROUGE-1 F (rouge-score, stemmed, test)").contains("Report: ");
  }

  @Test
  void reproduceDecodesBothModelsAndReportsRougeBesideThePaper() throws IOException {
    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages()).extracting(RunManifest.Stage::name).containsExactly("read", "tokenize", "clean", "bpe",
        "vocab", "batch", "train-baseline", "train-rdrop", "decode-baseline-test", "decode-rdrop-test", "score-test",
        "report");
    for (RunManifest.Artifact a : m.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    // datasets/summarization-smoke: 48 / 8 / 8 pairs.
    assertThat(m.stages().get(0).statistics()).containsEntry("train/pairs", 48L).containsEntry("test/pairs", 8L);

    JsonNode metrics = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile()).get("metrics");
    assertThat(metrics).extracting(r -> r.get("id").asText())
        .containsExactly("rouge1", "rouge2", "rougeL", "rougeLsum");
    // Each row is the mean F-measure (x 100) of the per-example table each method wrote.
    String[] types = {"rouge1", "rouge2", "rougeL", "rougeLsum"};
    for (String method : List.of("baseline", "rdrop")) {
      List<String> rows = Files.readAllLines(run.resolve(method + "/rouge.test.tsv"));
      assertThat(rows).hasSize(9);
      assertThat(Files.readAllLines(run.resolve(method + "/hyp.test.detok"))).hasSize(8);
      for (int t = 0; t < types.length; t++) {
        int column = 3 + 3 * t; // id, then precision, recall, fmeasure per type
        double sum = 0;
        for (String r : rows.subList(1, rows.size())) {
          sum += Double.parseDouble(r.split("\t")[column]);
        }
        assertThat(metrics.get(t).get(method).asDouble()).as(method + " " + types[t])
            .isCloseTo(100 * sum / 8, within(1e-9));
      }
    }
    for (JsonNode row : metrics) {
      assertThat(row.get("delta").asDouble())
          .isCloseTo(row.get("rdrop").asDouble() - row.get("baseline").asDouble(), within(1e-9));
      assertThat(row.get("p_value").isNumber()).isTrue();
    }
    // The paper's CNN/DailyMail rows: beside theirs, its (summary-level) ROUGE-L beside rougeLsum.
    assertThat(metrics.get(0).get("paper").get("rdrop").asDouble()).isEqualTo(44.51);
    assertThat(metrics.get(0).get("paper").get("task").asText()).contains("CNN/DailyMail");
    assertThat(metrics.get(1).get("paper").get("rdrop").asDouble()).isEqualTo(21.58);
    assertThat(metrics.get(2).get("paper").isNull()).isTrue();
    assertThat(metrics.get(3).get("paper").get("rdrop").asDouble()).isEqualTo(41.24);
    assertThat(run.resolve("report.md")).content().contains("| ROUGE-Lsum F (rouge-score, stemmed, test) |");
    assertThat(run.resolve("report.html")).content().contains("ROUGE-2 F");

    // rdrop check: the ROUGE tables and report re-derived, the curves against golden/, the claims judged.
    CheckReport checks = RunChecks.run(run, new GoldenStore(Experiments.home().resolve("golden")));
    assertThat(checks.passed()).as(ReportFormat.TEXT.render(checks)).isTrue();
    assertThat(checks.checks()).noneMatch(c -> c.status() == Check.Status.SKIPPED);
    assertThat(checks.checks()).filteredOn(c -> c.group().equals("rdrop.report")).extracting(Check::name)
        .contains("baseline/rouge.test.tsv re-derived", "rdrop/rouge.test.tsv re-derived", "report.json re-derived");
    assertThat(checks.checks()).filteredOn(c -> c.group().equals("rdrop.paper.summarization-smoke")).hasSize(2);
  }

  @Test
  void aSecondReproduceWritesTheSameBytes() throws IOException {
    Path again = dir.resolve("again");
    CommandOutcome o = CliTest.run("reproduce", "summarization-smoke", "--out", again.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    RunManifest first = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(Files.mismatch(run.resolve("manifest.json"), again.resolve("manifest.json"))).isEqualTo(-1L);
    for (RunManifest.Artifact a : first.artifacts()) {
      assertThat(Files.mismatch(run.resolve(a.path()), again.resolve(a.path()))).as(a.path()).isEqualTo(-1L);
    }
  }
}
