package org.rdrop.trainer.model;

import ai.djl.ndarray.types.Shape;
import org.rdrop.random.KeyedRandom;

/**
 * How one parameter starts: a distribution drawn from {@link KeyedRandom} under the purpose
 * {@code "init/<parameter name>"}, so a parameter's initial value depends only on (seed, name, shape)
 * and never on the engine's global generator or on the order in which parameters are created.
 * Arithmetic uses {@link StrictMath} so that values are the same on every JVM and CPU.
 */
public final class InitSpec {
  private enum Kind {
    ZEROS,
    ONES,
    UNIFORM,
    NORMAL
  }

  private final Kind kind;
  /** Uniform: half-width; normal: standard deviation; xavier: gain (resolved to a bound on use). */
  private final double scale;
  private final boolean xavier;
  /** Row forced to zero (the padding embedding), or -1. */
  private final int zeroRow;

  private InitSpec(Kind kind, double scale, boolean xavier, int zeroRow) {
    this.kind = kind;
    this.scale = scale;
    this.xavier = xavier;
    this.zeroRow = zeroRow;
  }

  public static InitSpec zeros() {
    return new InitSpec(Kind.ZEROS, 0, false, -1);
  }

  public static InitSpec ones() {
    return new InitSpec(Kind.ONES, 0, false, -1);
  }

  /** U(-bound, bound). */
  public static InitSpec uniform(double bound) {
    return new InitSpec(Kind.UNIFORM, bound, false, -1);
  }

  /** Xavier/Glorot uniform for a [out, in] weight: bound = gain * sqrt(6 / (in + out)). */
  public static InitSpec xavierUniform(double gain) {
    return new InitSpec(Kind.UNIFORM, gain, true, -1);
  }

  /** N(0, std^2), with row {@code zeroRow} set to zero (-1 for none). */
  public static InitSpec normal(double std, int zeroRow) {
    return new InitSpec(Kind.NORMAL, std, false, zeroRow);
  }

  /** The initial values, row-major, as a pure function of (seed, name, shape). */
  public float[] values(long seed, String name, Shape shape) {
    int n = Math.toIntExact(shape.size());
    float[] v = new float[n];
    KeyedRandom r = KeyedRandom.of(seed, "init/" + name);
    switch (kind) {
      case ZEROS -> {}
      case ONES -> java.util.Arrays.fill(v, 1f);
      case UNIFORM -> {
        double bound = xavier ? scale * StrictMath.sqrt(6.0 / fanSum(shape, name)) : scale;
        for (int i = 0; i < n; i++) {
          v[i] = (float) ((2 * r.uniform(0, i) - 1) * bound);
        }
      }
      case NORMAL -> {
        for (int i = 0; i < n; i++) {
          // Box-Muller on two keyed uniforms; 1 - u keeps the log argument in (0, 1].
          double u1 = 1.0 - r.uniform(0, 2L * i);
          double u2 = r.uniform(0, 2L * i + 1);
          double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
          v[i] = (float) (z * scale);
        }
        if (zeroRow >= 0) {
          int cols = n / (int) shape.get(0);
          java.util.Arrays.fill(v, zeroRow * cols, (zeroRow + 1) * cols, 0f);
        }
      }
    }
    return v;
  }

  private static double fanSum(Shape shape, String name) {
    if (shape.dimension() != 2) {
      throw new IllegalArgumentException("xavier init needs a 2-d weight: " + name + " " + shape);
    }
    return shape.get(0) + shape.get(1);
  }

  @Override
  public String toString() {
    return kind + (xavier ? "(xavier gain " : "(") + scale + (zeroRow >= 0 ? ", zero row " + zeroRow : "") + ")";
  }
}
