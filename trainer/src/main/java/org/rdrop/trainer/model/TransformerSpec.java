package org.rdrop.trainer.model;

import org.rdrop.trainer.config.TrainConfig;

/** The shape of a Transformer: the experiment's model section plus the dictionary size. */
public record TransformerSpec(
    int vocab,
    int embedDim,
    int ffnDim,
    int heads,
    int encoderLayers,
    int decoderLayers,
    boolean shareEmbeddings,
    int maxPositions) {

  public TransformerSpec {
    if (vocab <= org.rdrop.trainer.data.Specials.COUNT) {
      throw new IllegalArgumentException("vocabulary of " + vocab + " has no room beyond the 4 specials");
    }
    if (embedDim <= 0 || ffnDim <= 0 || heads <= 0 || embedDim % heads != 0) {
      throw new IllegalArgumentException(
          "model: embed_dim " + embedDim + " must be positive and divisible by heads " + heads);
    }
    // Encoder-only models (text_classifier, text_regressor) have no decoder layers; the others need them.
    if (encoderLayers < 0 || decoderLayers < 0 || encoderLayers + decoderLayers < 1 || maxPositions < 1) {
      throw new IllegalArgumentException("model: need a layer and max_positions >= 1");
    }
  }

  public static TransformerSpec of(TrainConfig.Model m, int vocab) {
    return new TransformerSpec(
        vocab,
        m.embedDim(),
        m.ffnDim(),
        m.heads(),
        m.encoderLayers(),
        m.decoderLayers(),
        m.shareEmbeddings(),
        m.maxPositions());
  }
}
