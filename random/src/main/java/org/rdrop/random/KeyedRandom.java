package org.rdrop.random;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * A counter-based random generator: every number is a pure function of (seed, purpose, step, index).
 *
 * <p>Nothing is stateful, so a value never depends on what was drawn before it, on thread scheduling, on
 * Beam's element order or on the device. The mixing function is SplitMix64's finalizer applied to a
 * key built from the four coordinates (SplitMix64 itself is exactly "finalizer of a counter", which
 * passes BigCrush); each coordinate is folded in with its own odd constant so that swapping coordinates
 * gives unrelated streams.
 *
 * <p>Purposes are stable names such as {@code "batch-shuffle"}, {@code "dropout/encoder.layer.2.ffn"} or
 * {@code "init/decoder.embed"}; they are hashed with FNV-1a over UTF-8, never with {@link
 * String#hashCode()} semantics that could change.
 */
public final class KeyedRandom implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long STEP_MULT = 0xD1B54A32D192ED03L;
  private static final long INDEX_MULT = 0xABC98388FB8FAC03L;

  private final long seed;
  private final String purpose;
  private final long purposeKey;

  private KeyedRandom(long seed, String purpose) {
    this.seed = seed;
    this.purpose = purpose;
    this.purposeKey = mix(mix(seed * GOLDEN + fnv1a64(purpose)) ^ fnv1a64(purpose) * GOLDEN);
  }

  /** The generator for one named purpose under a run seed. */
  public static KeyedRandom of(long seed, String purpose) {
    if (purpose == null || purpose.isEmpty()) {
      throw new IllegalArgumentException("purpose must be a non-empty stable name");
    }
    return new KeyedRandom(seed, purpose);
  }

  public long seed() {
    return seed;
  }

  public String purpose() {
    return purpose;
  }

  /** 64 random bits for (step, index). */
  public long bits(long step, long index) {
    return bitsAt(stepKey(step), index);
  }

  /** The part of {@link #bits} that depends on the step only: hoisted out of loops over many indices. */
  public long stepKey(long step) {
    return mix(purposeKey ^ (step + 1) * STEP_MULT);
  }

  /** {@code bits(step, index)} given {@code stepKey(step)}. */
  public static long bitsAt(long stepKey, long index) {
    return mix(stepKey + (index + 1) * INDEX_MULT + GOLDEN);
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  public double uniform(long step, long index) {
    return (bits(step, index) >>> 11) * 0x1.0p-53;
  }

  /** Uniform float in [0, 1) with 24 random bits. */
  public float uniformFloat(long step, long index) {
    return (bits(step, index) >>> 40) * 0x1.0p-24f;
  }

  /** Uniform int in [0, bound), without modulo bias (Lemire's method with a keyed retry counter). */
  public int nextInt(long step, long index, int bound) {
    checkBound(bound);
    return bounded(bits(step, index), bound, 0x1_0000_0000L % bound);
  }

  /**
   * {@code out[i] = nextInt(step, i, bound)} for every i: the same numbers, with the step's part of
   * the key mixed once instead of once per number (resampling draws millions of them).
   */
  public void nextInts(long step, int bound, int[] out) {
    checkBound(bound);
    long key = stepKey(step);
    long threshold = 0x1_0000_0000L % bound;
    for (int i = 0; i < out.length; i++) {
      out[i] = bounded(bitsAt(key, i), bound, threshold);
    }
  }

  private static void checkBound(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
  }

  /** Lemire's multiply-shift on {@code bits}; a rejected draw retries with sub-counters of the same key. */
  private static int bounded(long bits, int bound, long threshold) {
    long m = (bits >>> 32) * bound;
    for (long attempt = 1; (m & 0xFFFFFFFFL) < threshold; attempt++) {
      m = (mix(bits + attempt * GOLDEN) >>> 32) * bound;
    }
    return (int) (m >>> 32);
  }

  /** A permutation of 0..n-1 (Fisher-Yates driven by this purpose at the given step). */
  public int[] permutation(long step, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = nextInt(step, i, i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xFF);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public String toString() {
    return "KeyedRandom(seed=" + seed + ", purpose=" + purpose + ")";
  }
}
