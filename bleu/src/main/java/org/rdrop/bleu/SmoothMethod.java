package org.rdrop.bleu;

/**
 * sacreBLEU's smoothing methods (Chen and Cherry, WMT 2014) with its default values: {@code floor}
 * (method 1, 0.1), {@code add-k} (method 2, 1), {@code exp} (method 3, NIST's, the default) and
 * {@code none}.
 */
public enum SmoothMethod {
  EXP("exp", null),
  FLOOR("floor", 0.1),
  ADD_K("add-k", 1.0),
  NONE("none", null);

  private final String label;
  private final Double defaultValue;

  SmoothMethod(String label, Double defaultValue) {
    this.label = label;
    this.defaultValue = defaultValue;
  }

  /** The name sacreBLEU uses on its command line and in signatures. */
  public String label() {
    return label;
  }

  /** The value used when none is given; null for methods that take none. */
  public Double defaultValue() {
    return defaultValue;
  }

  public boolean takesValue() {
    return defaultValue != null;
  }

  public static SmoothMethod forLabel(String label) {
    for (SmoothMethod m : values()) {
      if (m.label.equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown smoothing method '" + label + "' (known: exp, floor, add-k, none)");
  }
}
