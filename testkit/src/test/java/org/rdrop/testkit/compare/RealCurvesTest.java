package org.rdrop.testkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Curve;
import org.rdrop.format.RunCurve;

/**
 * The verdicts on real trainer curves: the committed smoke goldens (golden/smoke/, made by
 * {@code ./rdrop reproduce smoke}; golden.json's history says how).
 */
class RealCurvesTest {
  static final Path REPO_GOLDEN = Path.of("").toAbsolutePath().getParent().resolve("golden");
  static GoldenStore store;
  static GoldenCurve rdrop;
  static GoldenCurve baseline;

  @BeforeAll
  static void read() throws Exception {
    store = new GoldenStore(REPO_GOLDEN);
    rdrop = store.curve("smoke/rdrop");
    baseline = store.curve("smoke/baseline");
  }

  static RunCurve onGoldenPlatform(String label, List<Curve.Row> rows) {
    return new RunCurve(label, rows, rdrop.meta().platform(), null);
  }

  @Test
  void theTrainersFileAndThisWriterAgreeByteForByte() throws Exception {
    for (String m : List.of("smoke/rdrop", "smoke/baseline")) {
      Path dir = store.dir(m);
      assertThat(Curve.format(Curve.read(dir.resolve("curve.tsv")))).isEqualTo(Files.readString(dir.resolve("curve.tsv")));
      assertThat(Curve.formatValid(Curve.readValid(dir.resolve("valid.tsv"))))
          .isEqualTo(Files.readString(dir.resolve("valid.tsv")));
    }
  }

  @Test
  void anUnchangedRerunPassesExact() throws Exception {
    // The same curve through a file again, as a rerun writes it.
    Path f = Files.createTempFile("curve", ".tsv");
    try {
      Files.copy(store.dir("smoke/rdrop").resolve("curve.tsv"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      CurveReport r = CurveComparator.compare(rdrop, onGoldenPlatform("rerun", Curve.read(f)), CurveComparison.asDeclared());
      assertThat(r.requested()).isEqualTo(Mode.EXACT);
      assertThat(r.passed()).isTrue();
      assertThat(r.notes()).isEmpty();
    } finally {
      Files.delete(f);
    }
  }

  @Test
  void oneUlpAtStepKFailsExactNamingKAndPassesTolerance() {
    for (int k : new int[] {1, 23, 40}) {
      List<Curve.Row> rows = new ArrayList<>(rdrop.rows());
      Curve.Row r = rows.get(k - 1);
      rows.set(k - 1, new Curve.Row(r.step(), r.epoch(), r.passes(), r.sentences(), r.tokens(), r.lr(), r.loss(),
          r.nll(), Math.nextUp(r.kl()), r.gradNorm()));
      CurveReport exact = CurveComparator.compare(rdrop, onGoldenPlatform("rerun", rows), CurveComparison.asDeclared());
      assertThat(exact.passed()).isFalse();
      assertThat(exact.first().step()).isEqualTo(k);
      assertThat(exact.first().column()).isEqualTo("kl");
      assertThat(exact.headline()).endsWith("1 of 40 steps differ, first at step " + k + " (kl)");
      assertThat(exact.text()).contains("bits " + String.format("%016x", Double.doubleToRawLongBits(r.kl())),
          "bits " + String.format("%016x", Double.doubleToRawLongBits(Math.nextUp(r.kl()))));

      CurveReport tol = CurveComparator.compare(rdrop, onGoldenPlatform("rerun", rows),
          CurveComparison.of(Mode.TOLERANCE).withTolerance(Tolerance.ulps(1)));
      assertThat(tol.passed()).isTrue();
    }
  }

  @Test
  void swappedBaselineAndRdropFail() {
    CurveReport r = CurveComparator.compare(rdrop, onGoldenPlatform("baseline as rdrop", baseline.rows()),
        CurveComparison.asDeclared());
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).anySatisfy(f -> assertThat(f).contains("batch column passes differs from row 1 on (expected 2, actual 1)"));
    // Even the coarse trend sees it: R-Drop's loss sums two passes plus alpha * KL.
    CurveReport trend = CurveComparator.compare(rdrop, onGoldenPlatform("baseline as rdrop", baseline.rows()),
        CurveComparison.of(Mode.TREND));
    assertThat(trend.passed()).isFalse();
  }

  @Test
  void anotherPlatformFallsBackAndSaysSo() {
    TreeMap<String, String> other = new TreeMap<>(rdrop.meta().platform());
    other.put("intra_op_threads", "1");
    CurveReport r = CurveComparator.compare(rdrop, new RunCurve("one thread", rdrop.rows(), other, null),
        CurveComparison.asDeclared());
    assertThat(r.passed()).isTrue();
    assertThat(r.applied()).isEqualTo(Mode.TOLERANCE);
    assertThat(r.notes()).singleElement().asString()
        .contains("intra_op_threads: '2' -> '1'", "bit-exactness is not expected across platforms");
  }
}
