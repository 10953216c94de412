package org.rdrop.trainer.model;

import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.RegressionTarget;
import org.rdrop.trainer.data.Specials;

/** Builds the model an experiment's {@code train.model.arch} names. */
public final class Models {
  private Models() {}

  public static SequenceModel create(TrainConfig.Model m, int vocab) {
    return switch (m.arch()) {
      case "transformer" -> new TransformerModel(TransformerSpec.of(m, vocab));
      case "transformer_lm" -> new TransformerLm(TransformerSpec.of(m, vocab));
      case "vit" -> new VitClassifier(vocab, m.embedDim(), m.ffnDim(), m.heads(), m.encoderLayers(), m.imageSize(),
          m.patchSize(), m.channels());
      case TrainConfig.TEXT_CLASSIFIER ->
          new TextEncoder(m.arch(), TransformerSpec.of(m, vocab), Specials.COUNT + m.classes());
      case TrainConfig.TEXT_REGRESSOR -> new TextEncoder(m.arch(), TransformerSpec.of(m, vocab), 1);
      default -> throw new IllegalArgumentException(
          "train.model.arch: unknown architecture '" + m.arch() + "' (known: " + TrainConfig.ARCHS + ")");
    };
  }

  /** Whether the model has a scalar regression head (its targets are values, not ids). */
  public static boolean regression(TrainConfig.Model m) {
    return m.arch().equals(TrainConfig.TEXT_REGRESSOR);
  }

  /**
   * Checks that a batch fits the model: target ids inside the vocabulary, and source ids too for text
   * models; for vit, pixel values 0..255 and one class id per image. Errors say what is wrong.
   */
  public static void checkBatch(TrainConfig.Model m, List<Example> examples, PaddedBatch b, int vocab) {
    if (m.arch().equals(TrainConfig.TEXT_CLASSIFIER) || regression(m)) {
      checkSentences(m, examples, vocab);
      return;
    }
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

  /**
   * One target a sentence (a class id 4..4+classes-1, or a finite value in the two ids of {@link
   * RegressionTarget}), source ids in the vocabulary.
   */
  private static void checkSentences(TrainConfig.Model m, List<Example> examples, int vocab) {
    int width = regression(m) ? 2 : 1;
    for (Example e : examples) {
      if (e.target().length != width) {
        throw new IllegalArgumentException("example " + e.id() + ": " + m.arch() + " needs a target of " + width
            + " ids, found " + e.target().length);
      }
      if (regression(m)) {
        float v;
        try {
          v = RegressionTarget.value(e.target(), 0);
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException("example " + e.id() + ": " + bad.getMessage());
        }
        if (!Float.isFinite(v)) {
          throw new IllegalArgumentException("example " + e.id() + ": target " + v + " is not a finite value");
        }
      } else if (e.target()[0] < Specials.COUNT || e.target()[0] >= Specials.COUNT + m.classes()) {
        throw new IllegalArgumentException("example " + e.id() + ": target " + e.target()[0] + " is not "
            + "a class id of " + m.classes() + " classes");
      }
      for (int id : e.source()) {
        if (id < 0 || id >= vocab) {
          throw new IllegalArgumentException("example " + e.id() + ": token id " + id + " is outside the vocabulary of " + vocab);
        }
      }
    }
  }
}
