package org.rdrop.testkit.compare;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Bounds for one value: {@code actual} is close enough to {@code expected} when
 * {@code |actual - expected| <= atol + rtol * |expected|} (numpy's allclose) or when the two are at most
 * {@code ulp} representable doubles apart. Unused bounds are 0. NaN matches only NaN, an infinity only
 * the same infinity.
 */
public record Tolerance(
    @JsonProperty("atol") double atol, @JsonProperty("rtol") double rtol, @JsonProperty("ulp") long ulp) {

  public Tolerance {
    if (!(atol >= 0) || !(rtol >= 0) || ulp < 0) {
      throw new IllegalArgumentException(
          "tolerance bounds must be >= 0 (atol " + atol + ", rtol " + rtol + ", ulp " + ulp + ")");
    }
  }

  public static Tolerance absolute(double atol) {
    return new Tolerance(atol, 0, 0);
  }

  public static Tolerance relative(double rtol) {
    return new Tolerance(0, rtol, 0);
  }

  public static Tolerance ulps(long ulp) {
    return new Tolerance(0, 0, ulp);
  }

  public boolean allows(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual;
    }
    return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected)
        || Ulps.distance(expected, actual) <= ulp;
  }

  /** E.g. {@code atol 1.0E-6 + rtol 0.001 x |expected|}, {@code rtol 1.0E-4 x |expected| or <= 2 ulp}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (atol > 0) {
      sb.append("atol ").append(atol);
    }
    if (rtol > 0) {
      sb.append(sb.length() > 0 ? " + " : "").append("rtol ").append(rtol).append(" x |expected|");
    }
    if (ulp > 0) {
      sb.append(sb.length() > 0 ? " or " : "").append("<= ").append(ulp).append(" ulp");
    }
    return sb.length() > 0 ? sb.toString() : "no difference (all bounds 0)";
  }
}
