package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;

/**
 * {@code rdrop study FILE}: each variant of the grid is a normal run of the tiny image experiment (its
 * report's R-Drop score fills the table), a second study run reuses every finished run, and the verdict on
 * the paper's best cell is judged as the study file declares.
 */
class StudyRunTest {
  @TempDir Path dir;

  @Test
  void eachVariantIsARunTheTableIsTheirScoresAndARerunReusesThem() throws Exception {
    Path experiment = FaultRuns.writeExperiment(dir);
    String yaml = Files.readString(experiment).replace("  corpus: ../datasets/digits", "  corpus: " + FaultRuns.corpus());
    Files.writeString(experiment, yaml);
    Path study = Files.writeString(dir.resolve("k.yaml"), "name: k\ndescription: every k updates\n"
        + "experiment: " + experiment.getFileName() + "\n"
        + "rows: {key: train.regularization.every, label: k, values: [1, 2]}\nmetric: accuracy\n"
        + "best: {cell: [1], source: the paper}\n");
    Path out = dir.resolve("out");
    FaultRuns.Outcome o = FaultRuns.cli("study", study.toString(), "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();

    JsonNode s = ManifestJson.MAPPER.readTree(out.resolve("study.json").toFile());
    assertThat(s.path("format").asText()).isEqualTo("rdrop-study/1");
    assertThat(s.path("cells")).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode cell = s.path("cells").get(i);
      Report r = Report.read(out.resolve(cell.path("run").asText()).resolve("report.json"));
      assertThat(cell.path("rdrop").asDouble()).isEqualTo(r.metrics().get(0).rdrop());
    }
    assertThat(ManifestJson.MAPPER.readTree(out.resolve("k-2/manifest.json").toFile())
        .path("config").path("train").path("regularization").path("every").asInt()).isEqualTo(2);
    // 8 updates a run: not converged, so the claim cannot be judged yet.
    assertThat(s.path("verdict").asText()).isEqualTo("inconclusive: not converged");
    assertThat(Files.readString(out.resolve("study.md"))).contains("| k (train.regularization.every) |");
    assertThat(Files.readString(out.resolve("study.html"))).contains("<svg");

    byte[] before = Files.readAllBytes(out.resolve("k-1/manifest.json"));
    FaultRuns.Outcome again = FaultRuns.cli("study", study.toString(), "--out", out.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("k-1, reused").doesNotContain("train baseline: started");
    assertThat(Files.readAllBytes(out.resolve("k-1/manifest.json"))).isEqualTo(before);
  }
}
