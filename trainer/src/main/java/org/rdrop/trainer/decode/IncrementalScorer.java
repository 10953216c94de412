package org.rdrop.trainer.decode;

import org.rdrop.trainer.model.IncrementalDecoder;

/** A {@link StepScorer} over a model's incremental decoder: feeds only each prefix's newest token. */
final class IncrementalScorer implements StepScorer {
  private final IncrementalDecoder decoder;

  IncrementalScorer(IncrementalDecoder decoder) {
    this.decoder = decoder;
  }

  @Override
  public int vocab() {
    return decoder.vocab();
  }

  @Override
  public float[] next(int[][] prefixes) {
    int[] last = new int[prefixes.length];
    for (int r = 0; r < prefixes.length; r++) {
      if (prefixes[r].length != decoder.length() + 1) {
        throw new IllegalStateException(
            "prefix of " + prefixes[r].length + " tokens after " + decoder.length() + " decoded");
      }
      last[r] = prefixes[r][prefixes[r].length - 1];
    }
    return decoder.step(last);
  }

  @Override
  public void reorder(int[] keep) {
    decoder.reorder(keep);
  }
}
