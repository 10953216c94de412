package org.rdrop.pipeline.task.lm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.Specials;

/**
 * fairseq's {@code TokenBlockDataset} with {@code --sample-break-mode none}: the lines of a split, in line
 * order, each as its ids with {@code </s>} last, are one token stream, cut into consecutive blocks of
 * {@code tokensPerSample} tokens (the last block may be shorter). Block k (1-based) becomes the example
 * {@code (k, [previous], block)}: a language model reads no source, so the one-token source carries the
 * stream's token before the block ({@code </s>} for the first), which the model reads at position 0, as
 * fairseq's {@code TokenBlockDataset} (include_targets) feeds it. With {@code </s>} there instead, every
 * block would start as if a new document began, unlike evaluation with a context window.
 */
public final class TokenBlocks {
  private TokenBlocks() {}

  /** The stream of the given lines (any order; ids must be unique), sorted by line id. */
  public static int[] stream(List<Example> lines) {
    List<Example> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingLong(Example::id));
    int n = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && sorted.get(i).id() == sorted.get(i - 1).id()) {
        throw new IllegalArgumentException("two lines share the id " + sorted.get(i).id());
      }
      n += sorted.get(i).target().length;
    }
    int[] out = new int[n];
    int at = 0;
    for (Example e : sorted) {
      System.arraycopy(e.target(), 0, out, at, e.target().length);
      at += e.target().length;
    }
    return out;
  }

  /** Consecutive blocks of {@code tokensPerSample} tokens of {@code stream}, numbered from 1. */
  public static List<Example> cut(int[] stream, int tokensPerSample) {
    if (tokensPerSample < 1) {
      throw new IllegalArgumentException("tokens_per_sample must be >= 1: " + tokensPerSample);
    }
    List<Example> blocks = new ArrayList<>();
    for (int from = 0, k = 1; from < stream.length; from += tokensPerSample, k++) {
      int previous = from == 0 ? Specials.EOS : stream[from - 1];
      blocks.add(new Example(k, new int[] {previous},
          Arrays.copyOfRange(stream, from, Math.min(stream.length, from + tokensPerSample))));
    }
    return blocks;
  }

  /** The stream again from blocks (any order): their targets concatenated by block number, which must run 1..n. */
  public static int[] join(List<Example> blocks) {
    List<Example> sorted = new ArrayList<>(blocks);
    sorted.sort(Comparator.comparingLong(Example::id));
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).id() != i + 1) {
        throw new IllegalArgumentException("token blocks are not numbered 1.." + sorted.size()
            + ": block " + (i + 1) + " has number " + sorted.get(i).id());
      }
    }
    return stream(sorted);
  }
}
