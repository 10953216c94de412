package org.rdrop.trainer.decode;

import java.io.Serializable;

/**
 * How to decode, as fairseq-generate's options: {@code --beam}, {@code --max-len-a}, {@code --max-len-b},
 * {@code --lenpen}; greedy is beam search with beam 1. fairseq's other defaults hold and are not options:
 * min length 1 (eos cannot come first), scores normalised by length, no unk penalty, no n-gram blocking.
 *
 * @param beam beam size (>= 1); 1 is greedy
 * @param maxLenA max length a in a * source length + b
 * @param maxLenB max length b
 * @param lengthPenalty exponent of the length a finished hypothesis's score is divided by
 */
public record DecodeSettings(int beam, double maxLenA, int maxLenB, double lengthPenalty) implements Serializable {

  public DecodeSettings {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be >= 1, got " + beam);
    }
    if (!(maxLenA >= 0) || maxLenB < 0) {
      throw new IllegalArgumentException("max_len_a and max_len_b must be >= 0, got " + maxLenA + ", " + maxLenB);
    }
    if (!Double.isFinite(lengthPenalty)) {
      throw new IllegalArgumentException("length_penalty must be finite, got " + lengthPenalty);
    }
  }

  public static DecodeSettings greedy(double maxLenA, int maxLenB, double lengthPenalty) {
    return new DecodeSettings(1, maxLenA, maxLenB, lengthPenalty);
  }

  /**
   * The longest hypothesis (tokens before eos) for a source of {@code sourceTokens} ids, eos included, as
   * fairseq's {@code min(int(a * src_len + b), max_decoder_positions - 1)}: Python's {@code int} truncates
   * the double toward zero. fairseq takes src_len from the padded batch; here it is the sentence's own
   * length, which is fairseq with {@code --batch-size 1}, so a hypothesis never depends on its batch.
   */
  public int maxLength(int sourceTokens, int maxPositions) {
    double bound = maxLenA * sourceTokens + maxLenB;
    long len = (long) bound;
    return (int) Math.min(len, maxPositions - 1L);
  }
}
