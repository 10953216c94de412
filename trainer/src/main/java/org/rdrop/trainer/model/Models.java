package org.rdrop.trainer.model;

import org.rdrop.trainer.config.TrainConfig;
import java.util.List;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;

/** Builds the model an experiment's {@code train.model.arch} names. */
public final class Models {
  private Models() {}

  public static SequenceModel create(TrainConfig.Model m, int vocab) {
    return switch (m.arch()) {
      case "transformer" -> new TransformerModel(TransformerSpec.of(m, vocab));
      case "transformer_lm" -> new TransformerLm(TransformerSpec.of(m, vocab));
      case "vit" -> new VitClassifier(vocab, m.embedDim(), m.ffnDim(), m.heads(), m.encoderLayers(), m.imageSize(),
          m.patchSize(), m.channels());
      default -> throw new IllegalArgumentException(
          "train.model.arch: unknown architecture '" + m.arch() + "' (known: transformer, transformer_lm, vit)");
    };
  }

  /**
   * Checks that a batch fits the model: target ids inside the vocabulary, and source ids too for text
   * models; for vit, pixel values 0..255 and one class id per image. Errors say what is wrong.
   */
  public static void checkBatch(TrainConfig.Model m, List<Example> examples, PaddedBatch b, int vocab) {
    for (int id : b.target()) {
      if (id >= vocab) {
        throw new IllegalArgumentException("holds target id " + id + ", outside the vocabulary of " + vocab);
      }
    }
    if (m.arch().equals("vit")) {
      int pixels = m.imageSize() * m.imageSize() * m.channels();
      for (Example e : examples) {
        if (e.source().length != pixels || e.target().length != 1) {
          throw new IllegalArgumentException("example " + e.id() + ": vit needs " + pixels
              + " pixel values and one class id, found " + e.source().length + " and " + e.target().length);
        }
      }
      for (int px : b.source()) {
        if (px > 255) {
          throw new IllegalArgumentException("holds pixel value " + px + " (expected 0..255)");
        }
      }
    } else {
      for (int id : b.source()) {
        if (id >= vocab) {
          throw new IllegalArgumentException("holds token id " + id + ", outside the vocabulary of " + vocab);
        }
      }
    }
  }
}
