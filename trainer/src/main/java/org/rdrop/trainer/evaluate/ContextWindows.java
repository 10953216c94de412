package org.rdrop.trainer.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.data.Specials;

/**
 * fairseq eval-lm's blocks with a context window ({@code --tokens-per-sample T --context-window C},
 * {@code LMContextWindowDataset} over a {@code TokenBlockDataset} with break mode none): the token stream
 * x (eos after each line) is cut into blocks of T targets; the model input of block k is the shifted
 * stream s (s[0] = eos, s[j] = x[j - 1]) from max(0, kT - C) to the block's end, so each block is read with
 * up to C tokens of left context, and only the block's own T positions are scored.
 */
public final class ContextWindows {
  private ContextWindows() {}

  /**
   * One block.
   *
   * @param index 0-based block number
   * @param input model input ids (context then the block's own inputs)
   * @param firstScored index in {@code input} of the first scored position (= context length)
   * @param targets the block's targets, scored at input positions firstScored, firstScored + 1, ...
   */
  public record Window(int index, int[] input, int firstScored, int[] targets) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Window w && index == w.index && firstScored == w.firstScored
          && Arrays.equals(input, w.input) && Arrays.equals(targets, w.targets);
    }

    @Override
    public int hashCode() {
      return index * 31 + Arrays.hashCode(input);
    }

    @Override
    public String toString() {
      return "Window[" + index + ": " + Arrays.toString(input) + " from " + firstScored + " -> "
          + Arrays.toString(targets) + "]";
    }
  }

  public static List<Window> of(int[] stream, int tokensPerSample, int contextWindow) {
    if (tokensPerSample < 1 || contextWindow < 0) {
      throw new IllegalArgumentException("need tokens_per_sample >= 1 and context_window >= 0, got "
          + tokensPerSample + ", " + contextWindow);
    }
    int n = stream.length;
    int[] shifted = new int[n];
    if (n > 0) {
      shifted[0] = Specials.EOS;
      System.arraycopy(stream, 0, shifted, 1, n - 1);
    }
    List<Window> out = new ArrayList<>();
    for (int k = 0, from = 0; from < n; k++, from += tokensPerSample) {
      int to = Math.min(n, from + tokensPerSample);
      int start = Math.max(0, from - contextWindow);
      out.add(new Window(k, Arrays.copyOfRange(shifted, start, to), from - start,
          Arrays.copyOfRange(stream, from, to)));
    }
    return out;
  }
}
