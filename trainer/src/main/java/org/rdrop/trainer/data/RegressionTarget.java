package org.rdrop.trainer.data;

/**
 * How a regression example's float target sits in the batch file, whose targets are token ids: two ids, 2 +
 * the high and 2 + the low 16 bits of the float's bits. Ids must be non-negative (the batch file) and not
 * padding, and a float's bits need all 32: two halves fit. The preparation writes it, the model's checks,
 * the loss and the evaluation read it.
 */
public final class RegressionTarget {
  private RegressionTarget() {}

  /** Above the padding id, so that no half of a value is read as padding. */
  private static final int OFFSET = 2;

  /** The two ids that hold {@code v}. */
  public static int[] ids(float v) {
    int bits = Float.floatToIntBits(v);
    return new int[] {OFFSET + (bits >>> 16), OFFSET + (bits & 0xffff)};
  }

  /** The value held by the two ids at {@code target[at]} and {@code target[at + 1]} ({@link #ids}). */
  public static float value(int[] target, int at) {
    int hi = target[at] - OFFSET;
    int lo = target[at + 1] - OFFSET;
    if (hi < 0 || hi > 0xffff || lo < 0 || lo > 0xffff) {
      throw new IllegalArgumentException("ids " + target[at] + ", " + target[at + 1] + " do not hold a regression target");
    }
    return Float.intBitsToFloat(hi << 16 | lo);
  }
}
