package org.rdrop.trainer.loop;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutMasks;
import org.rdrop.trainer.dropout.MaskBuffers;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Objective;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;
import org.rdrop.trainer.optim.Gradients;
import org.rdrop.trainer.optim.InverseSqrtSchedule;

/**
 * One parameter update as fairseq's trainer does it: forward (the batch stacked m times for an R-Drop
 * step, once for a baseline step), backward of the summed objective, gradients divided by ONE copy's
 * token count, norm, optional clipping, Adam with the scheduled rate.
 */
final class UpdateStep {
  /** What one update measured. */
  record Outcome(int passes, long sentences, long tokens, double lr, double loss, double nll, double kl, double gradNorm, long maskNanos,
      Phases phases) {}

  /**
   * When the update started and when each of its phases ended ({@link System#nanoTime}): forward (masks
   * included), the chunked loss with its gradient, backward, gradient normalise/norm/clip, Adam and zeroing
   * the gradients. {@link StepProfile} lines them up with libtorch's trace.
   */
  record Phases(long start, long forward, long loss, long backward, long gradients, long optimizer) {}

  private final Engine engine;
  private final NDManager manager;
  private final SequenceModel model;
  private final List<NDArray> params;
  private final Objective loss;
  private final FairseqAdam adam;
  private final InverseSqrtSchedule schedule;
  private final DropoutMasks masks;
  private final MaskBuffers maskBuffers = new MaskBuffers();
  private final TrainConfig config;

  UpdateStep(Engine engine, NDManager manager, SequenceModel model, Objective loss, FairseqAdam adam, TrainConfig config) {
    this.engine = engine;
    this.manager = manager;
    this.model = model;
    this.params = model.parameters().arrays();
    this.loss = loss;
    this.adam = adam;
    this.config = config;
    this.schedule =
        new InverseSqrtSchedule(
            config.optimizer().lr(), config.schedule().warmupUpdates(), config.schedule().warmupInitLr());
    this.masks = new DropoutMasks(config.seed());
  }

  /** Whether the update with 0-based index {@code index} is an R-Drop step. */
  boolean isRDropStep(long index) {
    var r = config.regularization();
    return loss.alpha() > 0 && index % r.every() == 0;
  }

  /**
   * Runs update {@code index} (0-based) on {@code batch}.
   *
   * @throws NonFiniteLossException before touching the parameters when the loss or gradient norm is not
   *     finite
   */
  Outcome run(long index, PaddedBatch batch, String lastCheckpoint) {
    long start = System.nanoTime();
    var r = config.regularization();
    int passes = isRDropStep(index) ? r.passes() : 1;
    double[] rates = new double[passes];
    for (int p = 0; p < passes; p++) {
      rates[p] = config.passDropout(p);
    }
    // The previous step's tensors are closed, so its mask memory can be reused.
    maskBuffers.recycle();
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      DropoutContext ctx =
          DropoutContext.training(masks, index, rates, r.attentionDropout(), r.activationDropout())
              .withBuffers(maskBuffers);
      // Autograd records the model up to its last hidden states; the output projection and the loss
      // are computed in chunks with their gradient written out (ChunkedRDropLoss) and fed back here.
      NDArray features;
      try (GradientCollector collector = engine.newGradientCollector()) {
        features = model.features(ctx, manager, batch);
      }
      long forwardEnd = System.nanoTime();
      ChunkedRDropLoss.Result terms =
          loss.compute(features, model.outputWeight(), model.outputBias(), batch.target(), batch.rows(), passes, true);
      double tokens = terms.tokens();
      double total = terms.total();
      double nll = terms.nll();
      double cons = terms.consistency();
      if (!Double.isFinite(total)) {
        throw new NonFiniteLossException(index + 1, "loss", total, lastCheckpoint);
      }
      long lossEnd = System.nanoTime();
      JniUtils.backward((PtNDArray) features, (PtNDArray) terms.gradFeatures(), false, false);
      long backwardEnd = System.nanoTime();
      List<NDArray> grads = new ArrayList<>(params.size());
      for (NDArray p : params) {
        NDArray g = p.getGradient();
        if (p == model.outputWeight()) {
          g.addi(terms.gradWeight());
        } else if (p == model.outputBias()) {
          g.addi(terms.gradBias());
        }
        grads.add(g);
      }
      Gradients.scale(grads, 1.0 / tokens);
      double norm = Gradients.l2Norm(grads);
      if (!Double.isFinite(norm)) {
        zeroGradients();
        throw new NonFiniteLossException(index + 1, "gradient norm", norm, lastCheckpoint);
      }
      Gradients.clip(grads, norm, config.optimizer().clipNorm());
      long gradientsEnd = System.nanoTime();
      double lr = schedule.lr(index);
      adam.step(params, grads, lr);
      zeroGradients();
      return new Outcome(
          passes, batch.rows(), terms.tokens(), lr, total / tokens, nll / (tokens * passes), cons / tokens, norm,
          ctx.maskNanos(), new Phases(start, forwardEnd, lossEnd, backwardEnd, gradientsEnd, System.nanoTime()));
    }
  }

  private void zeroGradients() {
    for (NDArray p : params) {
      JniUtils.zeroGrad((PtNDArray) p);
    }
  }
}
