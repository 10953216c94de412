package org.rdrop.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rdrop.testkit.junit.GoldenAssertions.assertThatCurve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.TestRuns;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.format.Curve;
import org.rdrop.format.RunCurve;

class CurveAssertTest {
  @TempDir Path tmp;

  GoldenStore store;
  Path rerun;

  void setUp(List<Curve.Row> rerunRdrop) throws Exception {
    Path first = TestRuns.runDir(Files.createDirectories(tmp.resolve("first")), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 60)), "avx avx2 fma");
    store = new GoldenStore(tmp.resolve("golden"));
    store.update("smoke/rdrop", RunCurve.load(first.resolve("rdrop/curve.tsv")), "reference");
    rerun = TestRuns.runDir(Files.createDirectories(tmp.resolve("rerun")), "smoke", Map.of("rdrop", rerunRdrop),
        "avx avx2 fma");
  }

  CurveAssert assertThatRerun() throws Exception {
    return new CurveAssert(RunCurve.load(rerun.resolve("rdrop/curve.tsv")), store, null, n -> {});
  }

  @Test
  void anUnchangedRerunMatchesTheGolden() throws Exception {
    setUp(TestRuns.curve("rdrop", 60));
    CurveAssert a = assertThatRerun().matchesGolden("smoke/rdrop");
    assertThat(a.report().passed()).isTrue();
  }

  @Test
  void aOneUlpChangeFailsExactWithTheStoryAndPassesTolerance() throws Exception {
    setUp(TestRuns.change(TestRuns.curve("rdrop", 60), 42, r -> TestRuns.withLoss(r, Math.nextDown(r.loss()))));
    assertThatThrownBy(() -> assertThatRerun().matchesGolden("smoke/rdrop"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 60 steps differ, first at step 42 (loss)")
        .hasMessageContaining("around step 42 (loss):");
    assertThatRerun().inMode(Mode.TOLERANCE).withTolerance(0, 0, 1).matchesGolden("smoke/rdrop");
    assertThatRerun().inMode("tolerance").onColumns("loss").withTolerance(0, 1e-15, 0).matchesGolden("smoke/rdrop");
  }

  @Test
  void aMissingGoldenSaysHowToCreateIt() throws Exception {
    setUp(TestRuns.curve("rdrop", 60));
    assertThatThrownBy(() -> assertThatRerun().matchesGolden("smoke/baseline"))
        .hasMessageContaining("no golden curve 'smoke/baseline'")
        .hasMessageContaining("-Dgolden.update=true -Dgolden.reason=");
  }

  @Test
  void aRerunCanPlayTheGolden() throws Exception {
    List<Curve.Row> rows = TestRuns.curve("baseline", 30);
    assertThatCurve(rows).matchesCurve(RunCurve.of("first run", rows));
    assertThatThrownBy(() -> assertThatCurve(TestRuns.change(rows, 30, r -> TestRuns.withLoss(r, 0)))
        .matchesCurve(RunCurve.of("first run", rows)))
        .hasMessageContaining("first at step 30 (loss)");
  }

  @Test
  void staticAssertionsNeverWriteEvenWhenUpdateIsRequested() throws Exception {
    setUp(TestRuns.change(TestRuns.curve("rdrop", 60), 5, r -> TestRuns.withLoss(r, 1.0)));
    byte[] before = Files.readAllBytes(store.dir("smoke/rdrop").resolve("curve.tsv"));
    System.setProperty("golden.update", "true");
    System.setProperty("golden.dir", store.root().toString());
    try {
      assertThatThrownBy(() -> assertThatCurve(rerun.resolve("rdrop/curve.tsv")).matchesGolden("smoke/rdrop"))
          .hasMessageContaining("first at step 5")
          .hasMessageContaining("golden.update is set, but this assertion is not bound to GoldenExtension");
    } finally {
      System.clearProperty("golden.update");
      System.clearProperty("golden.dir");
    }
    assertThat(Files.readAllBytes(store.dir("smoke/rdrop").resolve("curve.tsv"))).isEqualTo(before);
  }
}
