package org.rdrop.trainer.decode;

import java.util.Arrays;

/**
 * What fairseq's {@code SequenceGenerator} bars at a step, besides pad and the max length: eos below
 * {@code --min-len}, and with {@code --no-repeat-ngram-size n} every token that would complete an n-gram
 * the prefix already holds (fairseq's {@code NGramRepeatBlock}: the n-grams are those of the prefix with its
 * leading eos, and blocking applies from step n - 2 on, when the prefix holds n - 1 tokens).
 *
 * @param minLen eos is barred at steps below it (>= 1)
 * @param noRepeatNgramSize the n of n-gram blocking; 0 = off
 */
public record TokenConstraints(int minLen, int noRepeatNgramSize) {
  /** fairseq-generate's defaults: no eos first, no blocking. */
  public static final TokenConstraints DEFAULT = new TokenConstraints(DecodeSettings.DEFAULT_MIN_LEN, 0);

  /** Whether eos may end a hypothesis at {@code step} (0-based) as far as the minimum length goes. */
  boolean eosAllowed(int step) {
    return step >= minLen;
  }

  /**
   * Marks in {@code banned} (one flag a vocabulary id) the tokens n-gram blocking bars after {@code prefix}
   * (leading eos included, {@code step + 1} tokens): each token that followed an earlier occurrence of the
   * prefix's last n - 1 tokens. Returns whether any was marked; clears {@code banned} first.
   */
  boolean blocked(int[] prefix, int step, boolean[] banned) {
    Arrays.fill(banned, false);
    int n = noRepeatNgramSize;
    if (n == 0 || step + 2 - n < 0) {
      return false;
    }
    boolean any = false;
    int keyStart = step + 2 - n; // the last n - 1 tokens: prefix[keyStart .. step]
    for (int i = 0; i + n <= step + 1; i++) {
      boolean same = true;
      for (int j = 0; j < n - 1 && same; j++) {
        same = prefix[i + j] == prefix[keyStart + j];
      }
      if (same) {
        banned[prefix[i + n - 1]] = true;
        any = true;
      }
    }
    return any;
  }
}
