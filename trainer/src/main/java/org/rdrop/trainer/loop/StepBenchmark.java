package org.rdrop.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;
import org.rdrop.trainer.random.KeyedRandom;

/**
 * Times real updates (forward, backward, Adam) of an experiment's model on a synthetic batch of
 * {@code rows} sentences with {@code len} tokens on both sides: baseline (one pass over B) against R-Drop
 * (one pass over 2B) and against a baseline step on a batch of 2B sentences (the doubled batch the
 * paper compares R-Drop with, so that what the consistency term adds is visible on its own), the time
 * spent making masks, and for scale a large matrix product on the same engine and threads. The three
 * kinds of step alternate so that drift hits them alike; each time is the median over the steps. Figures
 * are measurements for a report, never part of a run's outputs.
 */
public final class StepBenchmark {
  /** The measured figures; times in seconds per update. */
  public record Figures(
      String device, int threads, long parameters, int rows, int len, int vocab,
      double baselineStep, double rdropStep, double doubledBaselineStep, double maskFractionOfRDrop,
      double baselineTokensPerSecond, double rdropTokensPerSecond, double rdropGflops, double matmulGflops,
      long peakRssMb) {

    public double ratio() {
      return rdropStep / baselineStep;
    }

    /** R-Drop against a baseline step on 2B sentences: the cost of the consistency term. */
    public double ratioToDoubledBatch() {
      return rdropStep / doubledBaselineStep;
    }
  }

  private StepBenchmark() {}

  public static Figures run(TrainConfig config, int vocab, int rows, int len, int steps) {
    Engine engine = EngineSetup.start(config.threads());
    Device device = EngineSetup.device(config.device(), engine);
    PaddedBatch batch = syntheticBatch(rows, len, vocab, config.seed());
    PaddedBatch doubled = syntheticBatch(2 * rows, len, vocab, config.seed());
    TrainConfig rdropConfig = config.regularization().alpha() > 0 ? config : config.withAlpha(5.0);
    try (NDManager manager = NDManager.newBaseManager(device);
        SequenceModel model = Models.create(config.model(), vocab);
        FairseqAdam adam = new FairseqAdam(0.9, 0.98, 1e-8, 0)) {
      model.initialize(manager, config.seed(), null);
      adam.initialize(manager, new ArrayList<>(model.parameters().shapes().values()));
      var r = rdropConfig.regularization();
      UpdateStep baseline = new UpdateStep(engine, manager, model,
          new ChunkedRDropLoss(r.labelSmoothing(), 0, Consistency.parse(r.consistency())), adam, rdropConfig.withAlpha(0));
      UpdateStep rdrop = new UpdateStep(engine, manager, model,
          new ChunkedRDropLoss(r.labelSmoothing(), r.alpha(), Consistency.parse(r.consistency())), adam, rdropConfig);
      // Warm up every shape (allocator, kernels, JIT), then alternate so that drift hits all alike.
      long index = 0;
      for (int i = 0; i < 2; i++) {
        baseline.run(index++, batch, null);
        rdrop.run(index++, batch, null);
        baseline.run(index++, doubled, null);
      }
      double[] baseSecs = new double[steps];
      double[] rdropSecs = new double[steps];
      double[] doubledSecs = new double[steps];
      double rdropTotal = 0;
      double maskSecs = 0;
      for (int i = 0; i < steps; i++) {
        long t0 = System.nanoTime();
        baseline.run(index++, batch, null);
        long t1 = System.nanoTime();
        UpdateStep.Outcome o = rdrop.run(index++, batch, null);
        long t2 = System.nanoTime();
        baseline.run(index++, doubled, null);
        long t3 = System.nanoTime();
        baseSecs[i] = (t1 - t0) / 1e9;
        rdropSecs[i] = (t2 - t1) / 1e9;
        doubledSecs[i] = (t3 - t2) / 1e9;
        rdropTotal += rdropSecs[i];
        maskSecs += o.maskNanos() / 1e9;
      }
      double base = median(baseSecs);
      double rd = median(rdropSecs);
      long tokens = (long) rows * len;
      double flops = stepFlops(config.model(), vocab, rows, len) * 2;
      return new Figures(device.toString(), config.threads(), model.parameters().count(), rows, len, vocab,
          base, rd, median(doubledSecs), maskSecs / rdropTotal, tokens / base, tokens / rd, flops / rd / 1e9,
          matmulGflops(manager, 1024, 5), peakRssMb());
    }
  }

  /**
   * Multiply-adds x 2 of one training update (forward + backward ~ 3 x forward) of one pass of an
   * encoder-decoder with source and target length {@code len}: projections, FFN, attention products and
   * the output projection.
   */
  static double stepFlops(TrainConfig.Model m, int vocab, int rows, int len) {
    double d = m.embedDim();
    double f = m.ffnDim();
    double encPerToken = 2 * (4 * d * d + 2 * d * f) + 4.0 * len * d;
    double decPerToken = 2 * (8 * d * d + 2 * d * f) + 8.0 * len * d;
    double forward =
        (double) rows * len * (m.encoderLayers() * encPerToken + m.decoderLayers() * decPerToken + 2 * d * vocab);
    return 3 * forward;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** GFLOP/s of an n x n by n x n product on the engine, best of {@code reps}. */
  static double matmulGflops(NDManager manager, int n, int reps) {
    try (NDArray a = manager.ones(new Shape(n, n)); NDArray b = manager.ones(new Shape(n, n))) {
      double best = Double.MAX_VALUE;
      for (int i = 0; i < reps + 1; i++) {
        long t0 = System.nanoTime();
        try (NDArray c = a.matMul(b)) {
          c.getFloat(0, 0);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (i > 0) {
          best = Math.min(best, s);
        }
      }
      return 2.0 * n * n * n / best / 1e9;
    }
  }

  /** A batch of random real tokens, every sentence exactly {@code len} long (eos included). */
  static PaddedBatch syntheticBatch(int rows, int len, int vocab, long seed) {
    KeyedRandom r = KeyedRandom.of(seed, "bench-batch");
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int[] src = new int[len];
      int[] tgt = new int[len];
      for (int t = 0; t < len - 1; t++) {
        src[t] = Specials.COUNT + r.nextInt(i, 2L * t, vocab - Specials.COUNT);
        tgt[t] = Specials.COUNT + r.nextInt(i, 2L * t + 1, vocab - Specials.COUNT);
      }
      src[len - 1] = Specials.EOS;
      tgt[len - 1] = Specials.EOS;
      examples.add(new Example(i, src, tgt));
    }
    return PaddedBatch.of(examples);
  }

  /** Peak resident memory of this process (VmHWM), or -1 where /proc is missing. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
