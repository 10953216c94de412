package org.rdrop.trainer.dropout;

import java.nio.FloatBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.rdrop.trainer.random.KeyedRandom;

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
 */
public final class DropoutMasks {
  /** Elements generated per parallel task; large enough that task overhead is negligible. */
  private static final int CHUNK = 1 << 16;

  private final long seed;
  private final ConcurrentHashMap<String, KeyedRandom> generators = new ConcurrentHashMap<>();

  public DropoutMasks(long seed) {
    this.seed = seed;
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
    KeyedRandom r = generators.computeIfAbsent(purpose(site, pass), p -> KeyedRandom.of(seed, p));
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
    // CHUNK is a multiple of 4, so every range starts on a word boundary: one draw per 4 elements.
    long key = r.stepKey(step);
    int e = from;
    for (; e + 4 <= to; e += 4) {
      long word = KeyedRandom.bitsAt(key, e >>> 2);
      out.put(offset + e, ((int) word & 0xFFFF) < threshold ? 0f : scale);
      out.put(offset + e + 1, ((int) (word >>> 16) & 0xFFFF) < threshold ? 0f : scale);
      out.put(offset + e + 2, ((int) (word >>> 32) & 0xFFFF) < threshold ? 0f : scale);
      out.put(offset + e + 3, ((int) (word >>> 48) & 0xFFFF) < threshold ? 0f : scale);
    }
    if (e < to) {
      long word = KeyedRandom.bitsAt(key, e >>> 2);
      for (int lane = 0; e < to; e++, lane++) {
        out.put(offset + e, ((int) (word >>> (16 * lane)) & 0xFFFF) < threshold ? 0f : scale);
      }
    }
  }
}
