package org.rdrop.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.testkit.TestRuns;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The CLI face, run in-process under a root command like the pipeline's RdropCommand. */
class CommandsTest {
  @TempDir Path tmp;

  @Command(name = "rdrop",
      subcommands = {CompareCurvesCommand.class, CheckCommand.class, GoldenCommand.class, AttestCommand.class})
  static class Root {}

  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    CommandLine cmd = new CommandLine(new Root());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler((e, c, p) -> {
      c.getErr().println("error: " + e.getMessage());
      return 1;
    });
    int exit = cmd.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  Path run(String name, List<Curve.Row> rdrop) throws Exception {
    return TestRuns.runDir(Files.createDirectories(tmp.resolve(name)), "smoke",
        Map.of("rdrop", rdrop, "baseline", TestRuns.curve("baseline", 40)), "avx avx2 fma");
  }

  String golden() {
    return tmp.resolve("golden").toString();
  }

  @Test
  void goldenUpdateThenCheckPassesAndAChangedRerunFails() throws Exception {
    Path first = run("first", TestRuns.curve("rdrop", 40));
    Outcome u = run("golden", "update", first.toString(), "--reason", "first goldens", "--golden-dir", golden());
    assertThat(u.exit()).as(u.err()).isZero();
    assertThat(u.out()).contains("golden smoke/baseline rewritten from", "golden smoke/rdrop rewritten from",
        "before: (new golden)", "reason recorded: first goldens");

    Outcome ok = run("check", first.toString(), "--golden-dir", golden());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("PASS  rdrop.curves.smoke rdrop/curve.tsv: PASS exact smoke/rdrop")
        .contains("SKIP  rdrop.paper.smoke claims.json: no golden smoke/claims.json in ")
        .endsWith("OK: 9 checks: 7 passed, 0 failed, 0 errors, 2 skipped\n");

    Path second = run("second",
        TestRuns.change(TestRuns.curve("rdrop", 40), 17, r -> TestRuns.withLoss(r, Math.nextUp(r.loss()))));
    Path xml = tmp.resolve("reports/checks.xml");
    Outcome bad = run("check", second.toString(), "--golden-dir", golden(), "--junit-xml", xml.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("FAIL  rdrop.curves.smoke rdrop/curve.tsv: FAIL exact smoke/rdrop",
        "first at step 17 (loss)");
    assertThat(Files.readString(xml)).contains("<testcase classname=\"rdrop.curves.smoke\" name=\"rdrop/curve.tsv\">",
        "<failure message=\"FAIL exact smoke/rdrop");

    Outcome json = run("check", second.toString(), "--golden-dir", golden(), "--format", "json");
    JsonNode j = ManifestJson.MAPPER.readTree(json.out());
    assertThat(j.get("passed").asBoolean()).isFalse();
    assertThat(j.get("checks").get(7).get("data").get("first_divergence").get("step").asLong()).isEqualTo(17);
  }

  @Test
  void goldenUpdateFromARunOfAnotherPlatformClassKeepsTheFirstClassGoldenAndAddsItsOwn() throws Exception {
    Map<String, List<Curve.Row>> curves = Map.of("rdrop", TestRuns.curve("rdrop", 40), "baseline", TestRuns.curve("baseline", 40));
    Path portable = TestRuns.runDir(Files.createDirectories(tmp.resolve("portable")), "smoke", curves,
        Map.of("class", "x86-64/portable-avx2", "numerics", "portable"));
    assertThat(run("golden", "update", portable.toString(), "--reason", "first", "--golden-dir", golden()).exit()).isZero();
    Path gpu = TestRuns.runDir(Files.createDirectories(tmp.resolve("gpu")), "smoke", curves,
        Map.of("class", "x86-64/gpu-native", "numerics", "native"));
    Outcome u = run("golden", "update", gpu.toString(), "--reason", "the GPU class", "--golden-dir", golden());
    assertThat(u.exit()).as(u.err()).isZero();
    assertThat(u.out()).contains("golden smoke/rdrop was made on platform class x86-64/portable-avx2; this run is"
        + " x86-64/gpu-native, so it becomes smoke/class-x86-64-gpu-native/rdrop");
    assertThat(tmp.resolve("golden/smoke/class-x86-64-gpu-native/rdrop/curve.tsv")).isRegularFile();
    assertThat(Files.readString(tmp.resolve("golden/smoke/rdrop/golden.json"))).contains("x86-64/portable-avx2");

    Outcome check = run("check", gpu.toString(), "--golden-dir", golden());
    assertThat(check.out()).contains("PASS  rdrop.curves.smoke rdrop/curve.tsv: PASS exact smoke/class-x86-64-gpu-native/rdrop");
  }

  @Test
  void compareCurvesInEachMode() throws Exception {
    Path first = run("first", TestRuns.curve("rdrop", 40));
    run("golden", "update", first.toString(), "--reason", "r", "--golden-dir", golden());
    Path second = run("second",
        TestRuns.change(TestRuns.curve("rdrop", 40), 17, r -> TestRuns.withLoss(r, Math.nextUp(r.loss()))));
    String actual = second.resolve("rdrop/curve.tsv").toString();

    Outcome exact = run("compare-curves", "smoke/rdrop", actual, "--golden-dir", golden());
    assertThat(exact.exit()).isEqualTo(1);
    assertThat(exact.out()).startsWith("FAIL exact smoke/rdrop vs " + actual + ": 1 of 40 steps differ, first at step 17");

    Outcome ulp = run("compare-curves", "smoke/rdrop", actual, "--golden-dir", golden(), "--mode", "tolerance", "--ulp", "1");
    assertThat(ulp.exit()).as(ulp.out()).isZero();
    assertThat(ulp.out()).startsWith("PASS tolerance smoke/rdrop");

    Outcome trend = run("compare-curves", "smoke/rdrop", actual, "--golden-dir", golden(), "--mode", "trend",
        "--rtol", "0.01", "--window", "10");
    assertThat(trend.exit()).isZero();
    assertThat(trend.out()).contains("trend loss: mean of steps 31..40 (10)", "trend nll:");

    // A bare curve.tsv as the golden, output as JUnit XML.
    Outcome bare = run("compare-curves", first.resolve("rdrop/curve.tsv").toString(), second.resolve("rdrop").toString(),
        "--format", "junit");
    assertThat(bare.exit()).isEqualTo(1);
    assertThat(bare.out()).startsWith("<?xml").contains("failures=\"1\"");
  }

  @Test
  void badInputIsOneLine() throws Exception {
    Path first = run("first", TestRuns.curve("rdrop", 10));
    Outcome noReason = run("golden", "update", first.toString(), "--golden-dir", golden());
    assertThat(noReason.exit()).isEqualTo(2);
    assertThat(noReason.err()).contains("Missing required option: '--reason=TEXT'");

    Outcome blank = run("golden", "update", first.toString(), "--reason", " ", "--golden-dir", golden());
    assertThat(blank.err()).isEqualTo("error: --reason is empty: say why the goldens change\n");

    Outcome mode = run("compare-curves", "smoke/rdrop", first.resolve("rdrop/curve.tsv").toString(), "--mode", "fuzzy");
    assertThat(mode.exit()).isEqualTo(2);
    assertThat(mode.err()).contains("unknown comparison mode 'fuzzy' (exact, tolerance, trend)");

    Outcome noGolden = run("compare-curves", "smoke/rdrop", first.resolve("rdrop/curve.tsv").toString(),
        "--golden-dir", golden());
    assertThat(noGolden.exit()).isEqualTo(1);
    assertThat(noGolden.err()).contains("no golden curve 'smoke/rdrop'");
  }

  @Test
  void goldenVerifyAndAccept() throws Exception {
    Path first = run("first", TestRuns.curve("rdrop", 10));
    run("golden", "update", first.toString(), "--reason", "r", "--golden-dir", golden());
    assertThat(run("golden", "verify", "--golden-dir", golden()).exit()).isZero();

    Path meta = tmp.resolve("golden/smoke/rdrop/golden.json");
    Files.writeString(meta, Files.readString(meta).replace("\"mode\" : \"exact\"", "\"mode\" : \"trend\""));
    Outcome broken = run("golden", "verify", "--golden-dir", golden());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.out()).contains("FAIL  rdrop.golden.files smoke/rdrop/golden.json: SHA-256 is");

    Outcome accepted = run("golden", "accept", "smoke/rdrop", "--reason", "trend is enough here", "--golden-dir", golden());
    assertThat(accepted.out()).contains("accepted smoke/rdrop (trend is enough here); SHA256SUMS lines changed: smoke/rdrop/golden.json");
    assertThat(run("golden", "verify", "--golden-dir", golden()).exit()).isZero();
    assertThat(run("check", first.toString(), "--golden-dir", golden()).out())
        .contains("PASS  rdrop.curves.smoke rdrop/curve.tsv: PASS trend smoke/rdrop");

    Path claims = tmp.resolve("golden/smoke/claims.json");
    Files.writeString(claims, """
        {"format": "rdrop-golden-claims/1", "experiment": "smoke", "claims": [
          {"metric": "bleu", "published": "iwslt14-de-en/transformer/bleu", "significance": 0.05,
           "band": [0.0, 10.0], "expected": "not-reproduced", "why": "test"}]}""");
    assertThat(run("golden", "verify", "--golden-dir", golden()).out())
        .contains("FAIL  rdrop.golden.files smoke/claims.json: not listed in SHA256SUMS");
    Outcome claimsAccepted = run("golden", "accept", "smoke/claims", "--reason", "first claims", "--golden-dir", golden());
    assertThat(claimsAccepted.out()).contains("SHA256SUMS lines changed: smoke/claims.json");
    assertThat(run("golden", "verify", "--golden-dir", golden()).out())
        .contains("PASS  rdrop.golden.read smoke/claims.json: 1 claims");
  }

  @Test
  void theRepositoryGoldensVerify() {
    Outcome o = run("golden", "verify", "--golden-dir", Path.of("").toAbsolutePath().getParent().resolve("golden").toString());
    assertThat(o.exit()).as(o.out()).isZero();
    assertThat(o.out()).contains("PASS  rdrop.golden.read paper: 18 published results");
  }

  @Test
  void attestGeneratesAKeySignsARunAndRefusesToOverwrite() throws Exception {
    Path run = run("signed", TestRuns.curve("rdrop", 10));
    Outcome g = run("attest", "--generate-key", tmp.resolve("ci.key").toString());
    assertThat(g.exit()).as(g.err()).isZero();
    assertThat(g.out()).contains("public key:  " + tmp.resolve("ci.key.pub"));
    Outcome a = run("attest", run.toString(), "--key", tmp.resolve("ci.key").toString(), "--signer", "nightly");
    assertThat(a.exit()).as(a.err()).isZero();
    Path attestation = tmp.resolve("signed.attestation.json");
    assertThat(a.out()).contains("signed by nightly", "attestation: " + attestation);
    assertThat(ManifestJson.MAPPER.readTree(attestation.toFile()).get("signer").asText()).isEqualTo("nightly");
    Outcome again = run("attest", run.toString(), "--key", tmp.resolve("ci.key").toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains(attestation + ": exists; rdrop does not overwrite an attestation");
    Outcome neither = run("attest", run.toString());
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("give RUN_DIR and --key K (or --generate-key K)");
  }
}
