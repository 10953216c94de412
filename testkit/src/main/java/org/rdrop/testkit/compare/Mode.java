package org.rdrop.testkit.compare;

import java.util.Locale;

/** How a loss curve is compared with its golden. */
public enum Mode {
  /** every step's float bits equal (and the batch columns equal) */
  EXACT,
  /** every step within absolute / relative / ulp bounds (batch columns equal) */
  TOLERANCE,
  /** the mean of the final steps within a band (e.g. "final loss within 2 %") */
  TREND;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String text) {
    for (Mode m : values()) {
      if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown comparison mode '" + text + "' (exact, tolerance, trend)");
  }
}
