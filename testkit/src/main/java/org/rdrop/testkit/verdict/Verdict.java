package org.rdrop.testkit.verdict;

/** Whether a published R-Drop effect held in a rerun. */
public enum Verdict {
  /** same direction, significant, and within the declared band */
  REPRODUCED("reproduced"),
  /** same direction, but not significant or outside the band (usually smaller) */
  DIRECTION_ONLY("direction-only"),
  /**
   * a method's validation metric still improved at its last checkpoints (or the report cannot tell):
   * the delta of models still learning says nothing about the claim, whatever its sign
   */
  INCONCLUSIVE_NOT_CONVERGED("inconclusive: not converged"),
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
        "verdict '" + label + "' is not one of reproduced, direction-only, inconclusive: not converged, not-reproduced");
  }

  /**
   * Whether this verdict is as good as {@code other} or better (reproduced is best). Inconclusive ranks
   * below direction-only and above not-reproduced: a converged run that contradicts the claim is worse news
   * than one that cannot tell yet.
   */
  public boolean atLeast(Verdict other) {
    return ordinal() <= other.ordinal();
  }
}
