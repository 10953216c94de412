package org.rdrop.trainer.loop;

/** Training stopped because the loss or the gradient norm became NaN or infinite. */
public final class NonFiniteLossException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long step;

  NonFiniteLossException(long step, String what, double value, String lastCheckpoint) {
    super(
        what + " is " + value + " at step " + step + "; training stopped before updating the parameters. "
            + (lastCheckpoint == null
                ? "No checkpoint was written yet."
                : "Last good checkpoint: " + lastCheckpoint + "."));
    this.step = step;
  }

  /** The 1-based step (update number) whose loss was not finite. */
  public long step() {
    return step;
  }
}
