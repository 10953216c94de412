package org.rdrop.testkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.RunCurve;
import org.rdrop.testkit.TestRuns;

class GoldenStoreTest {
  @TempDir Path tmp;

  Path run(String name, List<Curve.Row> rdrop) throws Exception {
    return TestRuns.runDir(Files.createDirectories(tmp.resolve(name)), "smoke",
        Map.of("rdrop", rdrop, "baseline", TestRuns.curve("baseline", 50)), "avx avx2 fma");
  }

  @Test
  void updateCopiesTheRunAndRecordsWhyAndFromWhichManifest() throws Exception {
    Path run = run("run1", TestRuns.curve("rdrop", 50));
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    GoldenCurve g = store.update("smoke/rdrop", RunCurve.load(run.resolve("rdrop/curve.tsv")), "first golden");

    Path dir = tmp.resolve("golden/smoke/rdrop");
    assertThat(Files.readAllBytes(dir.resolve("curve.tsv"))).isEqualTo(Files.readAllBytes(run.resolve("rdrop/curve.tsv")));
    assertThat(Files.readAllBytes(dir.resolve("manifest.json"))).isEqualTo(Files.readAllBytes(run.resolve("manifest.json")));
    assertThat(Files.readAllBytes(dir.resolve("run.json"))).isEqualTo(Files.readAllBytes(run.resolve("rdrop/run.json")));
    assertThat(g.meta().platform()).containsEntry("cpu_isa", "avx avx2 fma").containsEntry("intra_op_threads", "2");
    assertThat(g.meta().source().manifestIdentity()).isEqualTo(TestRuns.MANIFEST_IDENTITY);
    assertThat(g.meta().source().steps()).isEqualTo(50);
    assertThat(g.meta().history()).singleElement().satisfies(u -> {
      assertThat(u.kind()).isEqualTo("run");
      assertThat(u.reason()).isEqualTo("first golden");
      assertThat(u.manifestIdentity()).isEqualTo(TestRuns.MANIFEST_IDENTITY);
      assertThat(u.codeVersion()).isEqualTo(TestRuns.CODE_VERSION);
    });
    assertThat(g.meta().fallbackTolerance()).isEqualTo(GoldenStore.DEFAULT_FALLBACK);
    assertThat(g.meta().trend().window()).isEqualTo(10); // a fifth of 50 steps
    assertThat(GoldenIndex.read(store.root()).keySet()).containsExactly(
        "smoke/rdrop/curve.tsv", "smoke/rdrop/golden.json", "smoke/rdrop/manifest.json", "smoke/rdrop/run.json");
    assertThat(store.curve("smoke/rdrop").rows()).isEqualTo(TestRuns.curve("rdrop", 50));
  }

  @Test
  void aSecondUpdateKeepsTheDeclarationsAndAppendsToTheHistory() throws Exception {
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    store.update("smoke/rdrop", RunCurve.load(run("run1", TestRuns.curve("rdrop", 50)).resolve("rdrop/curve.tsv")), "first");
    // The team tightens the fallback by hand and accepts the edit.
    Path meta = store.dir("smoke/rdrop").resolve("golden.json");
    Files.writeString(meta, Files.readString(meta).replace("\"rtol\" : 0.001", "\"rtol\" : 1.0E-4"));
    assertThatThrownBy(() -> store.curve("smoke/rdrop")).hasMessageContaining("golden.json: SHA-256 is");
    store.accept("smoke/rdrop", "tighter fallback");
    assertThat(store.curve("smoke/rdrop").meta().fallbackTolerance().rtol()).isEqualTo(1e-4);

    List<Curve.Row> changed = TestRuns.change(TestRuns.curve("rdrop", 50), 7, r -> TestRuns.withLoss(r, 1.5));
    GoldenCurve g = store.update("smoke/rdrop", RunCurve.load(run("run2", changed).resolve("rdrop/curve.tsv")),
        "loss fix in step 7");
    assertThat(g.meta().fallbackTolerance().rtol()).isEqualTo(1e-4);
    assertThat(g.meta().history()).extracting(GoldenCurve.Update::kind, GoldenCurve.Update::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("run", "first"),
            org.assertj.core.groups.Tuple.tuple("edit", "tighter fallback"),
            org.assertj.core.groups.Tuple.tuple("run", "loss fix in step 7"));
    assertThat(g.rows().get(6).loss()).isEqualTo(1.5);
  }

  @Test
  void anEditedGoldenIsRefused() throws Exception {
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    store.update("smoke/rdrop", RunCurve.load(run("run1", TestRuns.curve("rdrop", 20)).resolve("rdrop/curve.tsv")), "r");
    Path curve = store.dir("smoke/rdrop").resolve("curve.tsv");
    // Change one row consistently (decimal and bits), as a careful hand edit would.
    List<Curve.Row> rows = TestRuns.change(Curve.read(curve), 3, r -> TestRuns.withLoss(r, 2.5));
    Files.writeString(curve, Curve.format(rows));
    assertThatThrownBy(() -> store.curve("smoke/rdrop"))
        .hasMessageContaining("golden 'smoke/rdrop' does not match")
        .hasMessageContaining("smoke/rdrop/curve.tsv: SHA-256 is")
        .hasMessageContaining("Goldens change only through an update with a reason");
  }

  @Test
  void updatesNeedAReasonAndARunManifest() throws Exception {
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    RunCurve c = RunCurve.load(run("run1", TestRuns.curve("rdrop", 20)).resolve("rdrop/curve.tsv"));
    assertThatThrownBy(() -> store.update("smoke/rdrop", c, " ")).hasMessageContaining("needs a reason");
    Path bare = tmp.resolve("bare/curve.tsv");
    Files.createDirectories(bare.getParent());
    Curve.write(bare, TestRuns.curve("rdrop", 20));
    assertThatThrownBy(() -> store.update("smoke/rdrop", RunCurve.load(bare), "why"))
        .hasMessageContaining("no run manifest found");
    assertThatThrownBy(() -> store.update("../etc", c, "why")).hasMessageContaining("is not <experiment>[/seed-<s>][/class-<platform>]/<method>");
    assertThat(Files.exists(tmp.resolve("golden"))).isFalse();
  }

  @Test
  void aCurveThatNoLongerMatchesItsRunManifestIsRefused() throws Exception {
    Path run = run("run1", TestRuns.curve("rdrop", 20));
    Curve.write(run.resolve("rdrop/curve.tsv"), TestRuns.curve("rdrop", 19));
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    assertThatThrownBy(() -> store.update("smoke/rdrop", RunCurve.load(run.resolve("rdrop/curve.tsv")), "why"))
        .hasMessageContaining("the curve changed after the run");
  }

  @Test
  void aGoldenDescriptionThatIsNotJsonIsPlacedNotEchoed() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("not-a-golden"));
    Path meta = Files.writeString(d.resolve(GoldenCurve.META_FILE), "root:x:0:0:root:/root:/bin/bash\n");
    assertThatThrownBy(() -> GoldenCurve.read(d, "x"))
        .hasMessageStartingWith(meta + ":1:")
        .hasMessageEndingWith(": not valid JSON")
        .message().doesNotContain("root");
  }

  @Test
  void goldensOfASeedAndOfAnotherPlatformClassHaveTheirOwnNames() {
    assertThat(GoldenStore.forClass("smoke/rdrop", "x86-64/native-avx512")).isEqualTo("smoke/class-x86-64-native-avx512/rdrop");
    assertThat(GoldenStore.forClass("smoke/seed-2/rdrop", "x86-64/gpu-native"))
        .isEqualTo("smoke/seed-2/class-x86-64-gpu-native/rdrop");
    for (String ok : List.of("smoke/rdrop", "smoke/seed-2/rdrop", "smoke/class-x86-64-native-avx512/rdrop",
        "smoke/seed-2/class-x86-64-gpu-native/baseline")) {
      assertThat(GoldenStore.checkName(ok)).isEqualTo(ok);
    }
    for (String bad : List.of("smoke/x/rdrop", "smoke/class-a/seed-1/rdrop", "smoke/seed-x/rdrop", "../etc/rdrop")) {
      assertThatThrownBy(() -> GoldenStore.checkName(bad)).hasMessageContaining("golden name '" + bad + "'");
    }
  }
}
