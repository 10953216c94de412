package org.rdrop.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.format.RunCurve;

/**
 * The golden folder as a test parameter from {@link GoldenExtension}: assertions through it compare, or,
 * when the run was started with {@code -Dgolden.update=true -Dgolden.reason="..."}, rewrite the goldens they
 * name.
 */
public final class Goldens {
  private final GoldenStore store;
  private final String updateReason;
  private final Consumer<String> reporter;

  Goldens(GoldenStore store, String updateReason, Consumer<String> reporter) {
    this.store = store;
    this.updateReason = updateReason;
    this.reporter = reporter;
  }

  public GoldenStore store() {
    return store;
  }

  /** True when this test run rewrites goldens. */
  public boolean updating() {
    return updateReason != null;
  }

  public CurveAssert assertThatCurve(RunCurve actual) {
    return new CurveAssert(actual, store, updateReason, reporter);
  }

  public CurveAssert assertThatCurve(Path curveFile) {
    try {
      return assertThatCurve(RunCurve.load(curveFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
