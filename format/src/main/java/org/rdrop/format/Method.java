package org.rdrop.format;

import java.util.List;
import java.util.Locale;

/**
 * The two trainings of a run: the baseline (one pass, no consistency term) and R-Drop. Each has its own
 * {@link MethodDirectory}, named by {@link #label()}.
 */
public enum Method {
  BASELINE,
  RDROP;

  /** Both methods, in the order a run trains and reports them. */
  public static final List<Method> BOTH = List.of(BASELINE, RDROP);

  public static Method parse(String s) {
    return switch (s) {
      case "baseline" -> BASELINE;
      case "rdrop" -> RDROP;
      default -> throw new IllegalArgumentException("--method must be baseline or rdrop, got '" + s + "'");
    };
  }

  /** The name used on the command line, in stage names and as the directory's name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
