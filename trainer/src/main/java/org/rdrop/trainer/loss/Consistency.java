package org.rdrop.trainer.loss;

/** How R-Drop compares the passes' outputs. */
public enum Consistency {
  /** Bidirectional KL between the passes' distributions (translation, LM, classification). */
  KL,
  /** Sum of squared differences between the passes' raw outputs (regression heads, as STS-B). */
  MSE;

  /** Parses the experiment file's {@code consistency} value. */
  public static Consistency parse(String s) {
    return switch (s) {
      case "kl" -> KL;
      case "mse" -> MSE;
      default -> throw new IllegalArgumentException(
          "regularization.consistency must be kl or mse, got '" + s + "'");
    };
  }
}
