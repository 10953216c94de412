package org.rdrop.trainer.decode;

import java.io.Serializable;

/**
 * How to decode, as fairseq-generate's options: {@code --beam}, {@code --max-len-a}, {@code --max-len-b},
 * {@code --lenpen}, {@code --min-len}, {@code --no-repeat-ngram-size}; greedy is beam search with beam 1.
 * fairseq's other defaults hold and are not options: scores normalised by length, no unk penalty.
 *
 * @param beam beam size (>= 1); 1 is greedy
 * @param maxLenA max length a in a * source length + b
 * @param maxLenB max length b
 * @param lengthPenalty exponent of the length a finished hypothesis's score is divided by
 * @param minLen eos is barred at steps below it (fairseq's default 1: eos cannot come first)
 * @param noRepeatNgramSize no n-gram of this size occurs twice in a hypothesis (0: off, fairseq's default)
 */
public record DecodeSettings(int beam, double maxLenA, int maxLenB, double lengthPenalty, int minLen,
    int noRepeatNgramSize) implements Serializable {
  /** fairseq-generate's {@code --min-len} default. */
  public static final int DEFAULT_MIN_LEN = 1;

  /** fairseq's defaults for the length floor and n-gram blocking (min length 1, no blocking). */
  public DecodeSettings(int beam, double maxLenA, int maxLenB, double lengthPenalty) {
    this(beam, maxLenA, maxLenB, lengthPenalty, DEFAULT_MIN_LEN, 0);
  }

  public DecodeSettings {
    if (minLen < 1) {
      throw new IllegalArgumentException("min_len must be >= 1, got " + minLen);
    }
    if (noRepeatNgramSize < 0) {
      throw new IllegalArgumentException("no_repeat_ngram_size must be >= 0 (0 = off), got " + noRepeatNgramSize);
    }
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

  /** The constraints on each step's next token. */
  public TokenConstraints constraints() {
    return new TokenConstraints(minLen, noRepeatNgramSize);
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
