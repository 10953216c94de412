package org.rdrop.trainer.loss;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutMasks;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.model.TransformerModel;
import org.rdrop.trainer.model.TransformerSpec;

/**
 * The chunked loss with its hand-written gradient against autograd through the reference {@link
 * RDropLoss}: same values, same gradient for every parameter of a small Transformer.
 */
class ChunkedRDropLossTest {
  static final int V = 30;

  static final PaddedBatch BATCH = PaddedBatch.of(List.of(
      new Example(0, new int[] {5, 6, 7, 8, 2}, new int[] {9, 10, 11, 12, 13, 2}),
      new Example(1, new int[] {14, 2}, new int[] {15, 2}),
      new Example(2, new int[] {16, 17, 18, 2}, new int[] {19, 20, 21, 2})));

  record Outcome(double total, double nll, double cons, List<float[]> grads) {}

  static List<float[]> gradientsAndReset(TransformerModel model) {
    List<float[]> out = new ArrayList<>();
    for (NDArray p : model.parameters().arrays()) {
      out.add(p.getGradient().toFloatArray());
      JniUtils.zeroGrad((PtNDArray) p);
    }
    return out;
  }

  static Outcome reference(Engine engine, NDManager m, TransformerModel model, DropoutContext ctx, RDropLoss loss,
      int passes) {
    try (NDScope s = new NDScope()) {
      s.suppressNotUsedWarning();
      LossTerms t;
      try (GradientCollector gc = engine.newGradientCollector()) {
        t = loss.compute(model.logits(ctx, m, BATCH), BATCH.target(), BATCH.rows(), passes, m);
        gc.backward(t.total());
      }
      return new Outcome(t.total().getFloat(), t.nll().getFloat(), t.consistency().getFloat(), gradientsAndReset(model));
    }
  }

  static Outcome chunked(Engine engine, NDManager m, TransformerModel model, DropoutContext ctx,
      ChunkedRDropLoss loss, int passes) {
    try (NDScope s = new NDScope()) {
      s.suppressNotUsedWarning();
      NDArray h;
      try (GradientCollector gc = engine.newGradientCollector()) {
        h = model.features(ctx, m, BATCH);
      }
      ChunkedRDropLoss.Result r =
          loss.compute(h, model.outputWeight(), null, BATCH.target(), BATCH.rows(), passes, true);
      JniUtils.backward((PtNDArray) h, (PtNDArray) r.gradFeatures(), false, false);
      List<float[]> grads = new ArrayList<>();
      for (NDArray p : model.parameters().arrays()) {
        NDArray g = p.getGradient();
        if (p == model.outputWeight()) {
          g = g.add(r.gradWeight());
        }
        grads.add(g.toFloatArray());
        JniUtils.zeroGrad((PtNDArray) p);
      }
      return new Outcome(r.total(), r.nll(), r.consistency(), grads);
    }
  }

  @ParameterizedTest(name = "{0} passes, {1}, shared embeddings {2}, chunk {3}, CPU kernel {4}")
  @CsvSource({"2, KL, true, 90, true", "2, KL, true, 90, false", "2, MSE, true, 150, true", "3, KL, false, 400, true",
      "3, KL, false, 400, false", "1, KL, true, 60, true", "2, KL, false, 1000000, true"})
  void matchesAutogradThroughTheReferenceLoss(
      int passes, Consistency consistency, boolean shared, int chunk, boolean cpuKernel) {
    Engine engine = EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager();
        TransformerModel model = new TransformerModel(new TransformerSpec(V, 16, 24, 2, 1, 2, shared, 32))) {
      model.initialize(m, 5, null);
      double[] rates = new double[passes];
      java.util.Arrays.fill(rates, 0.2);
      DropoutContext ctx = DropoutContext.training(new DropoutMasks(5), 2, rates, 0.1, 0.1);
      double alpha = consistency == Consistency.MSE ? 0.05 : 5.0;
      Outcome ref = reference(engine, m, model, ctx, new RDropLoss(0.1, alpha, consistency), passes);
      Outcome got = chunked(engine, m, model, ctx, new ChunkedRDropLoss(0.1, alpha, consistency, chunk, cpuKernel), passes);

      assertThat(got.total()).isCloseTo(ref.total(), Percentage.withPercentage(1e-3));
      assertThat(got.nll()).isCloseTo(ref.nll(), Percentage.withPercentage(1e-3));
      assertThat(got.cons()).isCloseTo(ref.cons(), Offset.offset(1e-4 * Math.max(1, Math.abs(ref.cons()))));
      List<String> names = model.parameters().names();
      double global = 0;
      for (float[] a : ref.grads()) {
        for (float x : a) {
          global = Math.max(global, Math.abs(x));
        }
      }
      for (int i = 0; i < names.size(); i++) {
        float[] a = ref.grads().get(i);
        float[] b = got.grads().get(i);
        // Relative to the tensor's own scale; tensors whose true gradient is zero (key biases: softmax
        // ignores a constant shift) hold float noise, judged against the model's largest gradient.
        double scale = 1e-3 * global;
        for (float x : a) {
          scale = Math.max(scale, Math.abs(x));
        }
        for (int j = 0; j < a.length; j++) {
          assertThat((double) b[j]).as("%s[%d]", names.get(i), j).isCloseTo(a[j], Offset.offset(2e-4 * scale));
        }
      }
    }
  }
}
