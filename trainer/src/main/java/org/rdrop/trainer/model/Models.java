package org.rdrop.trainer.model;

import org.rdrop.trainer.config.TrainConfig;

/** Builds the model an experiment's {@code train.model.arch} names. */
public final class Models {
  private Models() {}

  public static SequenceModel create(TrainConfig.Model m, int vocab) {
    return switch (m.arch()) {
      case "transformer" -> new TransformerModel(TransformerSpec.of(m, vocab));
      case "transformer_lm" -> new TransformerLm(TransformerSpec.of(m, vocab));
      default -> throw new IllegalArgumentException(
          "train.model.arch: unknown architecture '" + m.arch() + "' (known: transformer, transformer_lm)");
    };
  }
}
