package org.rdrop.testkit.compare;

/** Distances between doubles counted in representable values ("units in the last place"). */
public final class Ulps {
  private Ulps() {}

  /**
   * The number of steps from one representable double to the next that lead from {@code a} to {@code b}
   * (0 when equal, 1 for neighbours); +0 and -0 are 0 apart. Long.MAX_VALUE when either is NaN or the count does not fit.
   */
  public static long distance(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Long.MAX_VALUE;
    }
    long x = ordered(a);
    long y = ordered(b);
    try {
      return Math.abs(Math.subtractExact(x, y));
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Maps a double's bits to a long that orders like the doubles (negative values mirrored). */
  private static long ordered(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits < 0 ? Long.MIN_VALUE - bits : bits;
  }
}
