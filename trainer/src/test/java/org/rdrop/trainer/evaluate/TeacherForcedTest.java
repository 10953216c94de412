package org.rdrop.trainer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rdrop.trainer.TestEngine;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.model.TransformerLm;
import org.rdrop.trainer.model.TransformerModel;
import org.rdrop.trainer.model.TransformerSpec;
import org.rdrop.trainer.model.VitClassifier;

class TeacherForcedTest {
  static final int V = 24;
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();

  @Test
  void contextWindowsCutTheShiftedStreamAsEvalLm() {
    int[] x = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    // s = eos, 10, 11, ..., 18; T = 4, C = 3, worked out by hand.
    assertThat(ContextWindows.of(x, 4, 3)).containsExactly(
        new ContextWindows.Window(0, new int[] {2, 10, 11, 12}, 0, new int[] {10, 11, 12, 13}),
        new ContextWindows.Window(1, new int[] {10, 11, 12, 13, 14, 15, 16}, 3, new int[] {14, 15, 16, 17}),
        new ContextWindows.Window(2, new int[] {14, 15, 16, 17, 18}, 3, new int[] {18, 19}));
    assertThat(ContextWindows.of(x, 4, 0).get(1).input()).containsExactly(13, 14, 15, 16);
  }

  @Test
  void sentenceNllIsTheSumOfTargetLogProbabilitiesAndMatchesTheTrainingLoss() {
    try (NDManager m = ENGINE.manager().newSubManager();
        TransformerModel model = new TransformerModel(new TransformerSpec(V, 16, 32, 2, 1, 2, true, 32))) {
      model.initialize(m, 3, null);
      List<Example> batch = TestData.reversal(5, 1, 6, 7, V).get(0);
      List<TeacherForced.Score> scores = TeacherForced.sentences(model, m, List.of(batch));
      PaddedBatch b = PaddedBatch.of(batch);
      float[] logits = logits(model, m, b);
      for (int r = 0; r < b.rows(); r++) {
        double expected = 0;
        for (int t = 0; t < batch.get(r).target().length; t++) {
          expected -= logSoftmax(logits, (r * b.targetLen() + t) * V, V, b.target()[r * b.targetLen() + t]);
        }
        assertThat(scores.get(r).id()).isEqualTo(batch.get(r).id());
        assertThat(scores.get(r).tokens()).isEqualTo(batch.get(r).target().length);
        assertThat(scores.get(r).nll()).isCloseTo(expected, within(1e-4));
      }
      // The training loss's nll term (the chunked implementation) over the same batch.
      double trainingNll;
      try (NDScope s = new NDScope()) {
        s.suppressNotUsedWarning();
        NDArray h = model.features(DropoutContext.inference(), m, b);
        trainingNll = new ChunkedRDropLoss(0.1, 0, Consistency.KL)
            .compute(h, model.outputWeight(), null, b.target(), b.rows(), 1, false).nll();
      }
      assertThat(scores.stream().mapToDouble(TeacherForced.Score::nll).sum()).isCloseTo(trainingNll, within(1e-3));
      assertThat(TeacherForced.sentences(model, m, List.of(batch))).as("deterministic").isEqualTo(scores);
    }
  }

  @Test
  void languageModelBlocksScoreEachTokenGivenItsContextWindow() {
    try (NDManager m = ENGINE.manager().newSubManager();
        TransformerLm lm = new TransformerLm(new TransformerSpec(V, 16, 32, 2, 0, 2, true, 32))) {
      lm.initialize(m, 4, null);
      int[] stream = new int[21];
      for (int i = 0; i < stream.length; i++) {
        stream[i] = i % 7 == 6 ? Specials.EOS : Specials.COUNT + (i * 5) % (V - Specials.COUNT);
      }
      int tps = 6;
      int ctx = 4;
      List<TeacherForced.Score> blocks = TeacherForced.languageModel(lm, m, stream, tps, ctx, 32, 2);
      assertThat(blocks).extracting(TeacherForced.Score::tokens).containsExactly(6L, 6L, 6L, 3L);
      // Each token alone: the shifted stream from the block's context start up to the token's position.
      int[] shifted = new int[stream.length];
      shifted[0] = Specials.EOS;
      System.arraycopy(stream, 0, shifted, 1, stream.length - 1);
      for (int k = 0; k < blocks.size(); k++) {
        int start = Math.max(0, k * tps - ctx);
        double expected = 0;
        for (int j = k * tps; j < Math.min(stream.length, (k + 1) * tps); j++) {
          int len = j + 1 - start;
          int[] prev = java.util.Arrays.copyOfRange(shifted, start, j + 1);
          float[] logits = logits(lm, m, new PaddedBatch(1, 0, len, new int[0], prev, new int[len], 0));
          expected -= logSoftmax(logits, (len - 1) * V, V, stream[j]);
        }
        assertThat(blocks.get(k).nll()).as("block " + k).isCloseTo(expected, within(1e-4));
      }
      // A context window reaching the stream's start is the whole-prefix score.
      double whole = TeacherForced.languageModel(lm, m, stream, 21, 0, 32, 1).get(0).nll();
      double windowed = TeacherForced.languageModel(lm, m, stream, 5, 20, 32, 3).stream()
          .mapToDouble(TeacherForced.Score::nll).sum();
      assertThat(windowed).isCloseTo(whole, within(1e-4));
      assertThatThrownBy(() -> TeacherForced.languageModel(lm, m, stream, 20, 20, 32, 1))
          .hasMessageContaining("max_positions");
    }
  }

  @Test
  void accuracyFlagsCompareTheArgmaxWithTheTarget() {
    try (NDManager m = ENGINE.manager().newSubManager();
        VitClassifier vit = new VitClassifier(8, 8, 16, 2, 1, 4, 2, 1)) {
      // Hand-set: the head's weight is zero at initialisation, so its bias alone decides: class 5.
      vit.initialize(m, 1, null);
      LinkedHashMap<String, float[]> params = vit.parameters().snapshot();
      params.get("vit.head.bias")[5] = 3f;
      params.get("vit.head.bias")[6] = 2f;
      try (VitClassifier set = new VitClassifier(8, 8, 16, 2, 1, 4, 2, 1)) {
        set.initialize(m, 1, params);
        List<Example> images = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          int[] pixels = new int[16];
          java.util.Arrays.fill(pixels, 40 * i);
          images.add(new Example(i, pixels, new int[] {i % 2 == 0 ? 5 : 6}));
        }
        List<TeacherForced.Prediction> p = TeacherForced.classify(set, m, List.of(images));
        assertThat(p).extracting(TeacherForced.Prediction::predicted).containsOnly(5);
        assertThat(p).extracting(TeacherForced.Prediction::correct).containsExactly(true, false, true, false);
      }
    }
  }

  private static float[] logits(SequenceModel model, NDManager m, PaddedBatch b) {
    try (NDScope s = new NDScope()) {
      s.suppressNotUsedWarning();
      return model.logits(DropoutContext.inference(), m, b).toFloatArray();
    }
  }

  /** log softmax(z)[y] of the V logits at {@code offset}, in double. */
  private static double logSoftmax(float[] z, int offset, int v, int y) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < v; i++) {
      max = Math.max(max, z[offset + i]);
    }
    double sum = 0;
    for (int i = 0; i < v; i++) {
      sum += Math.exp(z[offset + i] - max);
    }
    return z[offset + y] - max - Math.log(sum);
  }
}
