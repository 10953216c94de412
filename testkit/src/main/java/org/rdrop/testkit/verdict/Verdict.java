package org.rdrop.testkit.verdict;

/** Whether a published R-Drop effect held in a rerun. */
public enum Verdict {
  /** same direction, significant, and within the declared band */
  REPRODUCED("reproduced"),
  /** same direction, but not significant or outside the band (usually smaller) */
  DIRECTION_ONLY("direction-only"),
  /** the opposite direction, or no difference at all */
  NOT_REPRODUCED("not-reproduced");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The verdict with this label; fails listing the labels. */
  public static Verdict ofLabel(String label) {
    for (Verdict v : values()) {
      if (v.label.equals(label)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "verdict '" + label + "' is not one of reproduced, direction-only, not-reproduced");
  }

  /** Whether this verdict is as good as {@code other} or better (reproduced is best). */
  public boolean atLeast(Verdict other) {
    return ordinal() <= other.ordinal();
  }
}
