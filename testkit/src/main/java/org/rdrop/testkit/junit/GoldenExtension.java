package org.rdrop.testkit.junit;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.rdrop.testkit.compare.GoldenStore;

/**
 * Gives tests a {@link Goldens} parameter. Goldens are rewritten only when the test run is started with
 * {@code -Dgolden.update=true} AND a reason, {@code -Dgolden.reason="why the goldens change"}; the reason
 * and the run's manifest go into each rewritten golden's history. Otherwise assertions only compare.
 * {@code -Dgolden.dir=DIR} points at another golden folder.
 *
 * <pre>{@code
 * @ExtendWith(GoldenExtension.class)
 * class NightlyCurvesTest {
 *   @Test void rdrop(Goldens goldens) {
 *     goldens.assertThatCurve(runDir.resolve("rdrop/curve.tsv")).matchesGolden("bible-en-es/rdrop");
 *   }
 * }
 * }</pre>
 *
 * What is rewritten, and notes such as a platform fallback, are published as report entries (key
 * {@code golden}) and printed to stderr.
 */
public final class GoldenExtension implements ParameterResolver {
  public static final String UPDATE_PROPERTY = "golden.update";
  public static final String REASON_PROPERTY = "golden.reason";

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == Goldens.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    String reason = null;
    try {
      if (updateRequested()) {
        reason = System.getProperty(REASON_PROPERTY);
        if (reason == null || reason.isBlank()) {
          throw new ParameterResolutionException(
              "-D" + UPDATE_PROPERTY + "=true rewrites goldens and needs a reason: -D" + REASON_PROPERTY
                  + "=\"why the goldens change\"");
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    return new Goldens(GoldenStore.locate(), reason, note -> {
      c.publishReportEntry("golden", note);
      GoldenAssertions.toStderr(note);
    });
  }

  /** {@code -Dgolden.update}, {@code =true}: yes; absent or {@code =false}: no; anything else: an error. */
  static boolean updateRequested() {
    String v = System.getProperty(UPDATE_PROPERTY);
    if (v == null) {
      return false;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "", "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(
          "-D" + UPDATE_PROPERTY + "=" + v + ": expected true or false");
    };
  }
}
