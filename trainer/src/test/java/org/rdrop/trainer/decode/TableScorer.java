package org.rdrop.trainer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-made model for search tests: log-probabilities are a function of the prefix. It also checks the
 * search's bookkeeping: each call's prefixes must extend the rows the previous call kept by one token.
 */
final class TableScorer implements StepScorer {
  private final int vocab;
  private final Function<List<Integer>, float[]> table;
  private int[][] last;
  private int[] keep;
  final List<Integer> rowsPerStep = new ArrayList<>();

  TableScorer(int vocab, Function<List<Integer>, float[]> table) {
    this.vocab = vocab;
    this.table = table;
  }

  @Override
  public int vocab() {
    return vocab;
  }

  @Override
  public float[] next(int[][] prefixes) {
    if (last != null) {
      assertThat(keep).as("reorder before the next step").isNotNull();
      assertThat(prefixes.length).isEqualTo(keep.length);
      for (int r = 0; r < prefixes.length; r++) {
        assertThat(Arrays.copyOf(prefixes[r], prefixes[r].length - 1)).isEqualTo(last[keep[r]]);
      }
    }
    rowsPerStep.add(prefixes.length);
    float[] out = new float[prefixes.length * vocab];
    for (int r = 0; r < prefixes.length; r++) {
      List<Integer> p = Arrays.stream(prefixes[r]).boxed().toList();
      System.arraycopy(table.apply(p), 0, out, r * vocab, vocab);
    }
    last = prefixes;
    keep = null;
    return out;
  }

  @Override
  public void reorder(int[] keep) {
    this.keep = keep.clone();
  }

  /** Log-probabilities: {@code rest} everywhere, then the given (token, value) pairs. */
  static float[] row(int vocab, float rest, float... tokenValuePairs) {
    float[] r = new float[vocab];
    Arrays.fill(r, rest);
    for (int i = 0; i < tokenValuePairs.length; i += 2) {
      r[(int) tokenValuePairs[i]] = tokenValuePairs[i + 1];
    }
    return r;
  }
}
