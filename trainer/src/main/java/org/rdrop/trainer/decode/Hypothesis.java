package org.rdrop.trainer.decode;

import java.util.Arrays;

/**
 * A finished hypothesis as fairseq's SequenceGenerator returns it.
 *
 * @param tokens the generated ids, ending with eos (the decoder's leading eos is not included)
 * @param score the sum of the tokens' log-probabilities divided by {@code tokens.length ^ lenpen}
 */
public record Hypothesis(int[] tokens, float score) {

  /** The ids without the final eos. */
  public int[] withoutEos() {
    return Arrays.copyOf(tokens, tokens.length - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hypothesis h && Arrays.equals(tokens, h.tokens)
        && Float.floatToIntBits(score) == Float.floatToIntBits(h.score);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens) * 31 + Float.hashCode(score);
  }

  @Override
  public String toString() {
    return "Hypothesis" + Arrays.toString(tokens) + " score " + score;
  }
}
