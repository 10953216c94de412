package org.rdrop.trainer.dropout;

/** Which of fairseq's three dropout rates a site uses. */
public enum DropoutKind {
  /** {@code --dropout}: after embeddings, attention outputs and FFN outputs; per-pass rates apply. */
  MAIN,
  /** {@code --attention-dropout}: on attention probabilities. */
  ATTENTION,
  /** {@code --activation-dropout}: after the FFN activation. */
  ACTIVATION
}
