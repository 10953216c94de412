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
}
