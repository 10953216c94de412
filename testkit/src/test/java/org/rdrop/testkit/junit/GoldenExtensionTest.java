package org.rdrop.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.rdrop.testkit.TestRuns;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.format.Curve;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.RunCurve;

/** Runs a fixture test under GoldenExtension with chosen system properties, as `mvn test -D...` would. */
class GoldenExtensionTest {
  @TempDir Path tmp;

  /** What the fixture checks; null outside these tests, so the fixture does nothing when run on its own. */
  static Path fixtureCurve;

  @ExtendWith(GoldenExtension.class)
  static class Fixture {
    @Test
    void rdropCurve(Goldens goldens) {
      Assumptions.assumeTrue(fixtureCurve != null, "run by GoldenExtensionTest only");
      goldens.assertThatCurve(fixtureCurve).matchesGolden("smoke/rdrop");
    }
  }

  GoldenStore store;

  void setUp() throws Exception {
    Path first = TestRuns.runDir(Files.createDirectories(tmp.resolve("first")), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 30)), "avx avx2 fma");
    store = new GoldenStore(tmp.resolve("golden"));
    store.update("smoke/rdrop", RunCurve.load(first.resolve("rdrop/curve.tsv")), "reference");
    List<Curve.Row> changed = TestRuns.change(TestRuns.curve("rdrop", 30), 9, r -> TestRuns.withLoss(r, 3.25));
    Path rerun = TestRuns.runDir(Files.createDirectories(tmp.resolve("rerun")), "smoke", Map.of("rdrop", changed),
        "avx avx2 fma");
    fixtureCurve = rerun.resolve("rdrop/curve.tsv");
  }

  Events runFixture(String update, String reason) {
    System.setProperty("golden.dir", store.root().toString());
    set("golden.update", update);
    set("golden.reason", reason);
    try {
      return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Fixture.class)).execute().testEvents();
    } finally {
      System.clearProperty("golden.dir");
      System.clearProperty("golden.update");
      System.clearProperty("golden.reason");
      fixtureCurve = null;
    }
  }

  static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  byte[] goldenBytes() throws Exception {
    return Files.readAllBytes(store.dir("smoke/rdrop").resolve("curve.tsv"));
  }

  @Test
  void aNormalRunOnlyComparesAndLeavesTheGoldenAlone() throws Exception {
    setUp();
    byte[] before = goldenBytes();
    Events e = runFixture(null, null);
    e.assertStatistics(s -> s.started(1).failed(1));
    Throwable t = e.failed().list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow();
    assertThat(t).isInstanceOf(AssertionError.class).hasMessageContaining("first at step 9 (loss)");
    assertThat(goldenBytes()).isEqualTo(before);
  }

  @Test
  void updateWithoutAReasonFailsAndWritesNothing() throws Exception {
    setUp();
    byte[] before = goldenBytes();
    Events e = runFixture("true", null);
    e.assertStatistics(s -> s.failed(1));
    Throwable t = e.failed().list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow();
    assertThat(t).hasMessageContaining("-Dgolden.update=true rewrites goldens and needs a reason: -Dgolden.reason=");
    assertThat(goldenBytes()).isEqualTo(before);
  }

  @Test
  void updateWithAReasonRewritesAndRecordsReasonAndManifest() throws Exception {
    setUp();
    Path curve = fixtureCurve;
    Events e = runFixture("true", "label smoothing fixed");
    e.assertStatistics(s -> s.succeeded(1));
    assertThat(goldenBytes()).isEqualTo(Files.readAllBytes(curve));
    GoldenCurve g = store.curve("smoke/rdrop");
    assertThat(g.meta().history()).last().satisfies(u -> {
      assertThat(u.reason()).isEqualTo("label smoothing fixed");
      assertThat(u.manifestIdentity()).isEqualTo(TestRuns.MANIFEST_IDENTITY);
    });
    assertThat(GoldenIndex.verify(store.root(), "")).isEmpty();
    // What changed is reported, with how the run compared with the old golden.
    var entries = e.reportingEntryPublished().list();
    assertThat(entries).singleElement().satisfies(ev -> assertThat(
        ev.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow().getKeyValuePairs().get("golden"))
        .contains("golden smoke/rdrop rewritten from ", "reason: label smoothing fixed",
            "before the update: FAIL exact smoke/rdrop", "first at step 9 (loss)"));
  }

  @Test
  void updateFalseIsANormalRun() throws Exception {
    setUp();
    byte[] before = goldenBytes();
    runFixture("false", "ignored").assertStatistics(s -> s.failed(1));
    assertThat(goldenBytes()).isEqualTo(before);
  }
}
