package org.rdrop.trainer.data;

import java.util.List;

/**
 * One batch as padded id matrices (row-major, right-padded with {@link Specials#PAD}), ready to become
 * tensors. The decoder input follows fairseq's {@code prev_output_tokens}: eos followed by target[:-1].
 *
 * <p>Right padding instead of fairseq's left-padded source changes nothing a real token sees: positions
 * count real tokens from the left and padded keys are masked, so only padded rows differ, and the loss
 * ignores those.
 *
 * @param rows examples in the batch (B)
 * @param sourceLen padded source length S (0 for a language model)
 * @param targetLen padded target length T
 * @param source B x S source ids
 * @param prevOutput B x T decoder input ids
 * @param target B x T target ids
 * @param targetTokens non-pad target tokens (fairseq's {@code ntokens})
 */
public record PaddedBatch(
    int rows, int sourceLen, int targetLen, int[] source, int[] prevOutput, int[] target, long targetTokens) {

  /** Pads a list of examples; every target must be non-empty and end with eos. */
  public static PaddedBatch of(List<Example> examples) {
    int rows = examples.size();
    int s = 0;
    int t = 0;
    for (Example e : examples) {
      if (e.target().length == 0) {
        throw new IllegalArgumentException("example " + e.id() + " has an empty target");
      }
      s = Math.max(s, e.source().length);
      t = Math.max(t, e.target().length);
    }
    int[] source = filled(rows * s);
    int[] prev = filled(rows * t);
    int[] target = filled(rows * t);
    long tokens = 0;
    for (int r = 0; r < rows; r++) {
      Example e = examples.get(r);
      System.arraycopy(e.source(), 0, source, r * s, e.source().length);
      int[] tg = e.target();
      System.arraycopy(tg, 0, target, r * t, tg.length);
      prev[r * t] = Specials.EOS;
      System.arraycopy(tg, 0, prev, r * t + 1, tg.length - 1);
      for (int id : tg) {
        if (id == Specials.PAD) {
          throw new IllegalArgumentException("example " + e.id() + " has a pad id inside its target");
        }
      }
      tokens += tg.length;
    }
    return new PaddedBatch(rows, s, t, source, prev, target, tokens);
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, Specials.PAD);
    return a;
  }
}
