package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuStats;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.eval.BleuStatsTable;
import org.rdrop.pipeline.testing.Forgery;
import org.rdrop.text.tokenize.MosesDetokenizer;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.ReportFormat;
import org.rdrop.testkit.verdict.RunChecks;
import org.rdrop.testkit.junit.CommandOutcome;

/** The main job end to end on the smoke experiment, as a user runs it. */
class ReproduceSmokeTest {
  @TempDir Path dir;

  @Test
  void reproduceSmokeWritesEveryStageAndTheThreeReports() throws IOException {
    // Relative, as the default runs/<experiment>-<id> is: artifact names must not depend on it.
    Path run = Path.of("").toAbsolutePath().relativize(dir.resolve("smoke"));
    CommandOutcome o = CliTest.run("reproduce", "smoke", "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("BLEU (sacreBLEU").contains("Report: ");

    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages()).extracting(RunManifest.Stage::name)
        .contains("read", "bpe", "batch", "train-baseline", "train-rdrop", "decode-baseline-test",
            "decode-rdrop-test", "score-test", "report");
    for (RunManifest.Artifact a : m.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    assertThat(m.artifacts()).filteredOn(a -> a.path().equals("rdrop/hyp.test.detok"))
        .singleElement().extracting(RunManifest.Artifact::records).isEqualTo(1531L);

    JsonNode report = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile());
    assertThat(report.get("format").asText()).isEqualTo("rdrop-report/1");
    JsonNode bleu = report.get("metrics").get(0);
    assertThat(bleu.get("detail").asText()).isEqualTo("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0");
    assertThat(bleu.get("paper").get("delta").asDouble()).isEqualTo(2.61);
    assertThat(bleu.get("p_value").isNumber()).isTrue();
    assertThat(bleu.get("id").asText()).isEqualTo("bleu");
    assertThat(bleu.get("delta_ci95")).hasSize(2);
    assertThat(bleu.get("delta_ci95").get(0).asDouble()).isLessThanOrEqualTo(bleu.get("delta_ci95").get(1).asDouble());
    assertThat(bleu.get("rdrop_ci95")).hasSize(2);
    assertThat(bleu.get("baseline_ci95")).hasSize(2);
    assertThat(m.stages()).extracting(RunManifest.Stage::name).contains("score-test");

    // The Beam stage's numbers are the in-memory corpus BLEU of the same files (sacreBLEU's definition).
    Bleu direct = new Bleu(BleuOptions.defaults());
    MosesDetokenizer detok = MosesDetokenizer.forLanguage("es");
    List<String> refs = Files.readAllLines(run.resolve("data/test.tok.es")).stream().map(detok::detokenize).toList();
    for (String method : List.of("baseline", "rdrop")) {
      List<String> hyps = Files.readAllLines(run.resolve(method + "/hyp.test.detok"));
      assertThat(bleu.get(method).asDouble()).as(method)
          .isEqualTo(direct.corpusScore(hyps, List.of(refs)).score());
      BleuStats[] rows = direct.sentenceStats(hyps, direct.prepareReferences(List.of(refs)));
      BleuStatsTable.Table table = BleuStatsTable.read(run.resolve(method + "/bleu.test.tsv"));
      assertThat(table.rows()).containsExactly(rows);
      assertThat(table.sum()).isEqualTo(BleuStats.sum(List.of(rows)));
    }
    assertThat(run.resolve("report.html")).isRegularFile();
    assertThat(run.resolve("report.md")).content().contains("| BLEU (sacreBLEU")
        // The claim's verdict opens the report, as check judges it.
        .contains("\n## Verdict on the paper's claims\n\n- inconclusive: not converged: iwslt14-de-en/transformer/bleu: ");
    assertThat(run.resolve("report.html")).content().contains("<h2>Verdict on the paper's claims</h2>");

    // Compute beside the score: target-token passes summed from the curves (R-Drop's two passes over the
    // same batches make exactly twice the baseline's); wall time only in <method>/timing.json, no artifact.
    long[] tokenPasses = new long[2];
    for (int i = 0; i < 2; i++) {
      String method = List.of("baseline", "rdrop").get(i);
      tokenPasses[i] = Curve.read(run.resolve(method + "/curve.tsv")).stream()
          .mapToLong(r -> (long) r.passes() * r.tokens()).sum();
      assertThat(report.get("training").get(method).get("token_passes").asLong()).isEqualTo(tokenPasses[i]);
      assertThat(ManifestJson.MAPPER.readTree(run.resolve(method + "/timing.json").toFile()).get("steps").asLong())
          .isEqualTo(40);
    }
    assertThat(tokenPasses[1]).isEqualTo(2 * tokenPasses[0]);
    assertThat(m.artifacts()).noneMatch(a -> a.path().endsWith("timing.json"));
    assertThat(Files.readString(run.resolve("report.json"))).doesNotContain("seconds");
    assertThat(run.resolve("report.md")).content().contains(String.format(java.util.Locale.ROOT,
        " at 2.00x the baseline's training compute (40 vs 40 updates, %d vs %d target-token passes).",
        tokenPasses[1], tokenPasses[0]));
    assertThat(o.out()).contains("at 2.00x the baseline's training compute").contains("Wall time per update: baseline ")
        .contains("the update steps alone ");

    // 40 updates, still improving at the last validation: not converged, and the claim cannot be judged.
    JsonNode convergence = report.get("training").get("rdrop").get("convergence");
    assertThat(convergence.get("stopped_by").asText()).isEqualTo("max_updates");
    assertThat(convergence.get("converged").asBoolean()).isFalse();

    // ./rdrop check against the repository's goldens: artifacts, both curves (exact on the golden's
    // platform, the declared tolerance elsewhere) and the paper claim judged on this report.
    CheckReport checks = RunChecks.run(run, new GoldenStore(Experiments.home().resolve("golden")));
    assertThat(checks.passed()).as(ReportFormat.TEXT.render(checks)).isTrue();
    assertThat(checks.checks()).extracting(Check::group).contains("rdrop.curves.smoke", "rdrop.paper.smoke");
    assertThat(checks.checks()).noneMatch(c -> c.status() == Check.Status.SKIPPED);
    assertThat(checks.checks()).filteredOn(c -> c.group().equals("rdrop.paper.smoke")).singleElement()
        .extracting(Check::message).asString().startsWith("inconclusive: not converged: ");
    assertThat(checks.checks()).filteredOn(c -> c.group().equals("rdrop.report")).extracting(Check::name)
        .containsExactly("consistency", "baseline/bleu.test.tsv re-derived", "rdrop/bleu.test.tsv re-derived",
            "report.html re-derived", "report.json re-derived", "report.md re-derived");

    // A forged gain: report.json's delta edited, and the manifest's hash of it updated to match.
    Path forged = Forgery.copy(run, dir.resolve("forged"));
    Forgery.edit(forged, "report.json", s -> s.replaceFirst("\"delta\" : [-0-9.eE]+", "\"delta\" : 2.7"));
    CheckReport forgedChecks = RunChecks.run(forged, new GoldenStore(Experiments.home().resolve("golden")));
    assertThat(failed(forgedChecks)).containsExactly(
        "consistency: report.json: metrics[bleu]: delta 2.7 is not rdrop - baseline = "
            + bleu.get("rdrop").asDouble() + " - " + bleu.get("baseline").asDouble() + " = "
            + (bleu.get("rdrop").asDouble() - bleu.get("baseline").asDouble()) + " (and 1 more)",
        "report.json re-derived: report.json: metrics[bleu].delta: recorded 2.7, re-derived "
            + bleu.get("delta").asDouble());

    // A sentence's BLEU statistics edited in the table the score is summed from, the manifest's hash of it
    // updated: the table no longer agrees with the hypotheses, and the report's record in the manifest's
    // chain still names the table it read.
    Path table = Forgery.copy(run, dir.resolve("table"));
    Forgery.edit(table, "rdrop/bleu.test.tsv", s -> s.replaceFirst("\n(\\d+)\t(\\d+)\t", "\n$1\t9$2\t"));
    List<String> tableFailures = failed(RunChecks.run(table, new GoldenStore(Experiments.home().resolve("golden"))));
    assertThat(tableFailures).hasSize(2);
    assertThat(tableFailures.get(0)).startsWith("manifest.json chain: stage report read rdrop/bleu.test.tsv with sha256 ");
    assertThat(tableFailures.get(1)).startsWith("rdrop/bleu.test.tsv re-derived: rdrop/bleu.test.tsv: line 2 differs");
  }

  private static List<String> failed(CheckReport report) {
    return report.checks().stream().filter(Check::failed).map(c -> c.name() + ": " + c.message()).toList();
  }

  @Test
  void evaluateRefusesADirectoryThatIsNoRun() {
    CommandOutcome o = CliTest.run("evaluate", dir.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("is not a run directory (no manifest.json)");
  }
}
