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

  /** The {@link #label()}s as constants, for text that must be one (picocli's help). */
  public static final String BASELINE_LABEL = "baseline";

  public static final String RDROP_LABEL = "rdrop";

  public static Method parse(String s) {
    return switch (s) {
      case BASELINE_LABEL -> BASELINE;
      case RDROP_LABEL -> RDROP;
      default -> throw new IllegalArgumentException("--method must be baseline or rdrop, got '" + s + "'");
    };
  }

  /** The name used on the command line, in stage names and as the directory's name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
