package org.rdrop.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.format.Curve;
import org.rdrop.format.RunCurve;

/**
 * Entry points of the JUnit face. These assertions only compare; rewriting goldens goes through
 * {@link GoldenExtension} and its {@link Goldens} parameter, so a normal test run never changes a golden.
 */
public final class GoldenAssertions {
  private GoldenAssertions() {}

  public static CurveAssert assertThatCurve(RunCurve actual) {
    return new CurveAssert(actual, null, null, GoldenAssertions::toStderr);
  }

  /** A curve.tsv, with the run.json and manifest.json around it when present ({@link RunCurve#load}). */
  public static CurveAssert assertThatCurve(Path curveFile) {
    try {
      return assertThatCurve(RunCurve.load(curveFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Rows without platform or run information. */
  public static CurveAssert assertThatCurve(List<Curve.Row> rows) {
    return assertThatCurve(RunCurve.of("actual curve", rows));
  }

  static void toStderr(String note) {
    System.err.println("[golden] " + note);
  }
}
