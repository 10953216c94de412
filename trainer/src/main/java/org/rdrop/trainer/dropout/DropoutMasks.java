package org.rdrop.trainer.dropout;

import java.nio.FloatBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.rdrop.random.KeyedRandom;

/**
 * Dropout keep masks as a pure function of (run seed, site, step, pass, element).
 *
 * <p>Design: each (site, pass) has its own purpose {@code "dropout/<site>/pass<p>"}; the step is the
 * generator's step and the element's flat row-major index inside that pass's slice is the index. A mask
 * therefore does not depend on the batch's other passes, on how many passes there are, on earlier
 * steps, on threads or on the device. One 64-bit draw serves four consecutive elements (16 bits each):
 * an element is dropped when its 16-bit lane is below {@code round(rate * 65536)}, so the drop
 * probability is the rate rounded to a multiple of 2^-16 (0.3 becomes 0.300003). Kept elements are
 * scaled by {@code 1 / (1 - rate)} as in inverted dropout.
 *
 * <p>Masks drawn for another purpose than training (a diagnostic) come from {@link #keyed}: the same
 * construction under purposes with their own prefix, so they never share a stream with the training masks.
 */
public final class DropoutMasks {
  /** Elements generated per parallel task; large enough that task overhead is negligible. */
  private static final int CHUNK = 1 << 16;
  /** Values made at a time before a bulk copy into the mask buffer (16 KB: stays in the L1 cache). */
  private static final int TILE = 4096;

  private final long seed;
  /** Prepended to every purpose: empty for the training masks. */
  private final String prefix;
  private final ConcurrentHashMap<String, KeyedRandom> generators = new ConcurrentHashMap<>();

  /** The training masks of a run with this seed. */
  public DropoutMasks(long seed) {
    this(seed, "");
  }

  private DropoutMasks(long seed, String prefix) {
    this.seed = seed;
    this.prefix = prefix;
  }

  /**
   * Masks for another purpose than training: site s, pass p draw from purpose {@code <prefix>/dropout/<s>/pass<p>}
   * (e.g. prefix {@code diagnostic-dropout-kl/batch3}), a stream no training mask uses.
   */
  public static DropoutMasks keyed(long seed, String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      throw new IllegalArgumentException("a keyed mask set needs a purpose prefix");
    }
    return new DropoutMasks(seed, prefix + "/");
  }

  public long seed() {
    return seed;
  }

  /** The drop threshold on a 16-bit lane for a rate in [0, 1). */
  public static int threshold(double rate) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1): " + rate);
    }
    return (int) Math.round(rate * 65536.0);
  }

  /** The factor kept elements are multiplied by. */
  public static float keepScale(double rate) {
    return (float) (1.0 / (1.0 - rate));
  }

  /** The purpose name of one pass of one site. */
  public static String purpose(String site, int pass) {
    return "dropout/" + site + "/pass" + pass;
  }

  /**
   * Writes {@code count} mask values (0 or the keep scale) for elements 0..count-1 of pass {@code pass}
   * of {@code site} at {@code step} into {@code out} starting at absolute index {@code offset}.
   */
  public void fill(String site, long step, int pass, double rate, FloatBuffer out, int offset, int count) {
    KeyedRandom r = generators.computeIfAbsent(prefix + purpose(site, pass), p -> KeyedRandom.of(seed, p));
    int threshold = threshold(rate);
    float scale = keepScale(rate);
    int chunks = (count + CHUNK - 1) / CHUNK;
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range)
        .forEach(
            c -> {
              int from = c * CHUNK;
              int to = Math.min(count, from + CHUNK);
              fillRange(r, step, threshold, scale, out, offset, from, to);
            });
  }

  /** Convenience for tests and small masks. */
  public float[] mask(String site, long step, int pass, double rate, int count) {
    FloatBuffer b = FloatBuffer.allocate(count);
    fill(site, step, pass, rate, b, 0, count);
    return b.array();
  }

  private static void fillRange(
      KeyedRandom r, long step, int threshold, float scale, FloatBuffer out, int offset, int from, int to) {
    // CHUNK and TILE are multiples of 4, so every tile starts on a word boundary: one draw per 4 elements.
    // Values are made without branches (a 30 % drop is a coin flip that branch prediction misses) in a
    // small array and copied to the buffer in bulk: 4x faster than a branch and a put per element.
    long key = r.stepKey(step);
    int scaleBits = Float.floatToRawIntBits(scale);
    float[] tile = new float[Math.min(TILE, to - from)];
    for (int start = from; start < to; start += TILE) {
      int n = Math.min(TILE, to - start);
      int j = 0;
      for (; j + 4 <= n; j += 4) {
        long word = KeyedRandom.bitsAt(key, (start + j) >>> 2);
        tile[j] = value(word, threshold, scaleBits);
        tile[j + 1] = value(word >>> 16, threshold, scaleBits);
        tile[j + 2] = value(word >>> 32, threshold, scaleBits);
        tile[j + 3] = value(word >>> 48, threshold, scaleBits);
      }
      if (j < n) {
        long word = KeyedRandom.bitsAt(key, (start + j) >>> 2);
        for (int lane = 0; j < n; j++, lane++) {
          tile[j] = value(word >>> (16 * lane), threshold, scaleBits);
        }
      }
      out.put(offset + start, tile, 0, n);
    }
  }

  /** 0f when the low 16 bits are below the threshold (dropped), else the keep scale. */
  private static float value(long bits, int threshold, int scaleBits) {
    int lane = (int) bits & 0xFFFF;
    // lane - threshold is negative exactly when dropped; its sign bit, spread, masks the scale away.
    return Float.intBitsToFloat(scaleBits & ~((lane - threshold) >> 31));
  }
}
