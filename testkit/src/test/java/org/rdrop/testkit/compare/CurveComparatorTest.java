package org.rdrop.testkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rdrop.testkit.TestRuns.change;
import static org.rdrop.testkit.TestRuns.withLoss;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.TestRuns;
import org.rdrop.format.Curve;
import org.rdrop.format.RunCurve;

class CurveComparatorTest {
  @TempDir Path dir;

  static final List<Curve.Row> RDROP = TestRuns.curve("rdrop", 200);
  static final List<Curve.Row> BASELINE = TestRuns.curve("baseline", 200);
  static final SortedMap<String, String> AVX2 = TestRuns.platform("avx avx2 fma");
  static final SortedMap<String, String> AVX512 = TestRuns.platform("avx avx2 avx512f fma");

  static GoldenCurve golden(List<Curve.Row> rows, SortedMap<String, String> platform, Tolerance fallback) {
    return new GoldenCurve("bible-en-es/rdrop", rows, new GoldenCurve.Meta(GoldenCurve.FORMAT, "bible-en-es/rdrop",
        "exact", platform, fallback, new TrendSpec(List.of("loss"), 20, Tolerance.relative(0.02)), null, List.of()));
  }

  static CurveReport compare(GoldenCurve g, List<Curve.Row> rows, SortedMap<String, String> platform, Mode mode) {
    return CurveComparator.compare(g, new RunCurve("actual/curve.tsv", rows, platform, null), CurveComparison.of(mode));
  }

  @Test
  void anUnchangedRerunPassesExact() throws Exception {
    // A rerun writes the same file; read back, every bit is the golden's.
    Path f = dir.resolve("curve.tsv");
    Curve.write(f, RDROP);
    CurveReport r = compare(golden(RDROP, AVX2, null), Curve.read(f), AVX2, Mode.EXACT);
    assertThat(r.passed()).isTrue();
    assertThat(r.applied()).isEqualTo(Mode.EXACT);
    assertThat(r.differingSteps()).isZero();
    assertThat(r.notes()).isEmpty();
    assertThat(r.headline()).isEqualTo("PASS exact bible-en-es/rdrop vs actual/curve.tsv: 200 steps, every value bit-identical");
  }

  @Test
  void oneUlpAtStepKFailsExactNamingStepKWithDecimalsBitsCountsAndATable() {
    int k = 137;
    double before = RDROP.get(k - 1).loss();
    double after = Math.nextUp(before);
    List<Curve.Row> actual = change(RDROP, k, r -> withLoss(r, after));
    CurveReport r = compare(golden(RDROP, AVX2, null), actual, AVX2, Mode.EXACT);

    assertThat(r.passed()).isFalse();
    assertThat(r.first().step()).isEqualTo(k);
    assertThat(r.first().column()).isEqualTo("loss");
    assertThat(r.differingSteps()).isEqualTo(1);
    assertThat(r.first().ulps()).isEqualTo(1);
    String text = r.text();
    assertThat(text)
        .startsWith("FAIL exact bible-en-es/rdrop vs actual/curve.tsv: 1 of 200 steps differ, first at step 137 (loss)")
        .contains("first divergent step: 137 (loss)")
        .contains("expected " + before + "  bits " + String.format("%016x", Double.doubleToRawLongBits(before)))
        .contains("actual   " + after + "  bits " + String.format("%016x", Double.doubleToRawLongBits(after)))
        .contains("1 ulp")
        .contains("steps that differ (not bit-identical): 1 of 200")
        .contains("largest difference: loss at step 137")
        .contains("around step 137 (loss):");
    // The table shows three rows either side, the divergent one marked.
    List<String> table = r.around();
    assertThat(table).hasSize(1 + 7);
    assertThat(table.get(1)).matches("\\s+134 .*");
    assertThat(table.get(4)).matches(">\\s+137 .* 1$");
    assertThat(table.get(7)).matches("\\s+140 .*");
  }

  @Test
  void thatOneUlpChangePassesToleranceMode() {
    List<Curve.Row> actual = change(RDROP, 137, r -> withLoss(r, Math.nextUp(r.loss())));
    GoldenCurve g = golden(RDROP, AVX2, null);
    CurveReport byUlp = CurveComparator.compare(g, RunCurve.of("actual", actual),
        CurveComparison.of(Mode.TOLERANCE).withTolerance(Tolerance.ulps(1)));
    assertThat(byUlp.passed()).isTrue();
    assertThat(byUlp.notBitIdenticalSteps()).isEqualTo(1);
    assertThat(byUlp.headline()).contains("200 steps within", "(1 not bit-identical)");
    CurveReport byRtol = CurveComparator.compare(g, RunCurve.of("actual", actual),
        CurveComparison.of(Mode.TOLERANCE).withTolerance(Tolerance.relative(1e-12)));
    assertThat(byRtol.passed()).isTrue();
    assertThat(byRtol.largest().step()).isEqualTo(137);
  }

  @Test
  void toleranceFailureSaysBeyondWhichBoundAndWhere() {
    List<Curve.Row> actual = change(RDROP, 60, r -> withLoss(r, r.loss() * 1.01));
    actual = change(actual, 61, r -> withLoss(r, r.loss() * (1 + 1e-6)));
    CurveReport r = CurveComparator.compare(golden(RDROP, AVX2, null), RunCurve.of("actual", actual),
        CurveComparison.of(Mode.TOLERANCE).withTolerance(Tolerance.relative(1e-4)));
    assertThat(r.passed()).isFalse();
    assertThat(r.differingSteps()).isEqualTo(1);
    assertThat(r.notBitIdenticalSteps()).isEqualTo(2);
    assertThat(r.text())
        .contains("1 of 200 steps beyond tolerance, first at step 60 (loss)")
        .contains("tolerance rtol 1.0E-4 x |expected|\n")
        .contains("not bit-identical: 2");
    // Step 61 is within tolerance but not identical: marked '*' would be wrong; only beyond-tolerance rows are.
    assertThat(r.around().stream().filter(l -> l.startsWith("*"))).isEmpty();
  }

  @Test
  void anotherPlatformFallsBackToTheDeclaredToleranceAndSaysSo() {
    // Vector width changes summation order: every loss a few ulps off.
    List<Curve.Row> actual = RDROP.stream().map(r -> withLoss(r, r.loss() * (1 + 3e-16))).toList();
    CurveReport r = compare(golden(RDROP, AVX2, new Tolerance(0, 1e-9, 0)), actual, AVX512, Mode.EXACT);
    assertThat(r.requested()).isEqualTo(Mode.EXACT);
    assertThat(r.applied()).isEqualTo(Mode.TOLERANCE);
    assertThat(r.passed()).isTrue();
    assertThat(r.notes()).singleElement().asString()
        .contains("platform fingerprint differs from the golden's (cpu_isa: 'avx avx2 fma' -> 'avx avx2 avx512f fma')")
        .contains("bit-exactness is not expected across platforms")
        .contains("tolerance comparison with the golden's declared fallback tolerance (rtol 1.0E-9 x |expected|)");
    assertThat(r.headline()).startsWith("PASS exact->tolerance ");
    assertThat(r.text()).contains("mode: tolerance (exact requested)", "note: platform fingerprint differs");
  }

  @Test
  void theFallbackStillFailsWhatTheToleranceDoesNotAllow() {
    List<Curve.Row> actual = change(RDROP, 5, r -> withLoss(r, r.loss() + 0.5));
    CurveReport r = compare(golden(RDROP, AVX2, new Tolerance(0, 1e-3, 0)), actual, AVX512, Mode.EXACT);
    assertThat(r.passed()).isFalse();
    assertThat(r.applied()).isEqualTo(Mode.TOLERANCE);
    assertThat(r.first().step()).isEqualTo(5);
  }

  @Test
  void anotherPlatformWithoutDeclaredToleranceCannotBeJudged() {
    CurveReport r = compare(golden(RDROP, AVX2, null), RDROP, AVX512, Mode.EXACT);
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).singleElement().asString().contains("no fallback tolerance declared");
  }

  @Test
  void samePlatformStaysExact() {
    List<Curve.Row> actual = change(RDROP, 3, r -> withLoss(r, Math.nextDown(r.loss())));
    CurveReport r = compare(golden(RDROP, AVX2, new Tolerance(0, 1e-3, 0)), actual, AVX2, Mode.EXACT);
    assertThat(r.applied()).isEqualTo(Mode.EXACT);
    assertThat(r.passed()).isFalse();
  }

  @Test
  void unknownPlatformIsSaidNotAssumedSilently() {
    CurveReport r = compare(golden(RDROP, AVX2, null), RDROP, null, Mode.EXACT);
    assertThat(r.passed()).isTrue();
    assertThat(r.notes()).singleElement().asString().contains("is unknown (no run.json beside it)");
  }

  @Test
  void swappedBaselineAndRdropCurvesFailEvenInTrendMode() {
    CurveReport exact = compare(golden(RDROP, AVX2, null), BASELINE, AVX2, Mode.EXACT);
    assertThat(exact.passed()).isFalse();
    assertThat(exact.failures()).anySatisfy(f -> assertThat(f)
        .contains("batch column passes differs from row 1 on (expected 2, actual 1); 200 rows affected"));
    CurveReport trend = compare(golden(RDROP, AVX2, null), BASELINE, AVX2, Mode.TREND);
    assertThat(trend.passed()).isFalse();
  }

  @Test
  void lengthsMustAgree() {
    CurveReport r = compare(golden(RDROP, AVX2, null), RDROP.subList(0, 150), AVX2, Mode.EXACT);
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).containsExactly("the golden has 200 steps, the actual curve 150");
  }

  @Test
  void trendComparesFinalMeansWithinTheBand() {
    // Loss 1 % higher everywhere: inside a 2 % band, outside a 0.5 % band.
    List<Curve.Row> actual = RDROP.stream().map(r -> withLoss(r, r.loss() * 1.01)).toList();
    CurveReport ok = compare(golden(RDROP, AVX2, null), actual, AVX512, Mode.TREND);
    assertThat(ok.passed()).isTrue();
    double goldenMean = RDROP.subList(180, 200).stream().mapToDouble(Curve.Row::loss).sum() / 20;
    assertThat(ok.trends()).singleElement().satisfies(t -> {
      assertThat(t.window()).isEqualTo(20);
      assertThat(t.fromStep()).isEqualTo(181);
      assertThat(t.goldenMean()).isCloseTo(goldenMean, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(t.actualMean() / t.goldenMean()).isCloseTo(1.01, org.assertj.core.data.Offset.offset(1e-12));
    });
    CurveReport tight = CurveComparator.compare(golden(RDROP, AVX2, null), RunCurve.of("actual", actual),
        CurveComparison.of(Mode.TREND).withTrend(Tolerance.relative(0.005), 0));
    assertThat(tight.passed()).isFalse();
    assertThat(tight.failures()).singleElement().asString()
        .startsWith("final 20-step mean of loss is ").contains("outside rtol 0.005 x |expected|");
  }

  @Test
  void trendNeedsCurvesEndingAtTheSameStep() {
    CurveReport r = compare(golden(RDROP, AVX2, null), RDROP.subList(0, 190), AVX2, Mode.TREND);
    assertThat(r.passed()).isFalse();
    assertThat(r.failures().get(0)).contains("the curves end at different steps (golden 200 after 200 rows, actual 190");
  }

  @Test
  void toleranceModeWithoutBoundsIsAUsageError() {
    assertThatThrownBy(() -> compare(golden(RDROP, AVX2, null), RDROP, AVX2, Mode.TOLERANCE))
        .hasMessageContaining("declares no fallback tolerance; give --rtol/--atol/--ulp");
  }

  @Test
  void reportAsMapCarriesDecimalsAndBits() {
    List<Curve.Row> actual = change(RDROP, 9, r -> withLoss(r, 2.5));
    CurveReport r = compare(golden(RDROP, AVX2, null), actual, AVX2, Mode.EXACT);
    @SuppressWarnings("unchecked")
    var first = (java.util.Map<String, Object>) r.toMap().get("first_divergence");
    assertThat(first).containsEntry("step", 9L).containsEntry("actual", "2.5")
        .containsEntry("actual_bits", "4004000000000000");
  }
}
