package org.rdrop.trainer.loop;

import org.rdrop.trainer.config.TrainConfig;

/** Baseline (alpha 0: one pass over the plain batch) or R-Drop (the config's alpha, which must be > 0). */
public enum Method {
  BASELINE,
  RDROP;

  public static Method parse(String s) {
    return switch (s) {
      case "baseline" -> BASELINE;
      case "rdrop" -> RDROP;
      default -> throw new IllegalArgumentException("--method must be baseline or rdrop, got '" + s + "'");
    };
  }

  /** The effective config for this method. */
  public TrainConfig apply(TrainConfig c) {
    if (this == BASELINE) {
      return c.withAlpha(0);
    }
    if (!(c.regularization().alpha() > 0)) {
      throw new IllegalArgumentException("--method rdrop needs train.regularization.alpha > 0 in the config");
    }
    return c;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
