package org.rdrop.trainer.decode;

/**
 * The model side of a search: log-probabilities of the next token for a set of rows (hypotheses). A
 * search starts with one row per source sentence, in order; after each step it tells the scorer which
 * rows to keep for the next one.
 */
public interface StepScorer {

  /** Vocabulary size V. */
  int vocab();

  /**
   * Log-probabilities of the next token, rows x V row-major. {@code prefixes[r]} is row r's tokens so far,
   * starting with eos (fairseq's decoder start symbol); all prefixes have the same length, and each call
   * extends the previous call's prefixes (after {@link #reorder}) by one token.
   */
  float[] next(int[][] prefixes);

  /** The rows for the next step: indices into the current rows, repeats allowed. */
  void reorder(int[] keep);
}
