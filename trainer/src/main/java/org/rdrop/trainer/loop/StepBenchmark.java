package org.rdrop.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rdrop.random.KeyedRandom;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;

/**
 * Times real updates (forward, backward, Adam) of an experiment's model, on a synthetic batch of
 * {@code rows} sentences with {@code len} tokens on both sides or on real batches: baseline (one pass
 * over B) against R-Drop (one pass over 2B) and against a baseline step on a batch of 2B sentences (the
 * doubled batch the paper compares R-Drop with, so that what the consistency term adds is visible on its
 * own), the time spent making masks, and for scale a large matrix product on the same engine and
 * threads. The three kinds of step alternate so that drift hits them alike; each time is the median over
 * the rounds and each ratio the median of the rounds' ratios. Figures are measurements for a report, never
 * part of a run's outputs. With a trace file, as many updates of each kind as were timed then run under
 * libtorch's profiler ({@link StepProfile}: where their time goes).
 */
public final class StepBenchmark {
  /**
   * The measured figures; times in seconds per update, {@code targetTokens} and {@code rdropFlops} the mean
   * per timed round; {@code profile} null unless a trace was asked for.
   */
  public record Figures(
      String device, int threads, long parameters, String batches, int vocab,
      double[] baselineSecs, double[] rdropSecs, double[] doubledSecs, double maskFractionOfRDrop,
      double targetTokens, double rdropFlops, double matmulGflops, long peakRssMb, StepProfile.Report profile) {

    public double baselineStep() {
      return median(baselineSecs);
    }

    public double rdropStep() {
      return median(rdropSecs);
    }

    public double doubledBaselineStep() {
      return median(doubledSecs);
    }

    /**
     * Mean baseline step over the rounds: over one epoch of real batches, what a training run's
     * {@code update_step_seconds} (timing.json) should come to.
     */
    public double baselineMeanStep() {
      return Arrays.stream(baselineSecs).average().orElse(Double.NaN);
    }

    /** Mean R-Drop step over the rounds (see {@link #baselineMeanStep}). */
    public double rdropMeanStep() {
      return Arrays.stream(rdropSecs).average().orElse(Double.NaN);
    }

    public double baselineTokensPerSecond() {
      return targetTokens / baselineStep();
    }

    public double rdropTokensPerSecond() {
      return targetTokens / rdropStep();
    }

    /** Estimated FLOPs of an R-Drop update over its median time. */
    public double rdropGflops() {
      return rdropFlops / rdropStep() / 1e9;
    }

    /**
     * Median over the timed rounds of R-Drop step / baseline step. Each round times both on the same batch,
     * one after the other, so neither drift nor batches of different sizes bias it (the ratio of the two
     * medians can compare different batches).
     */
    public double ratio() {
      return medianRatio(rdropSecs, baselineSecs);
    }

    /** R-Drop against a baseline step on 2B sentences (paired as {@link #ratio}): the consistency term's cost. */
    public double ratioToDoubledBatch() {
      return medianRatio(rdropSecs, doubledSecs);
    }

    private static double medianRatio(double[] numerators, double[] denominators) {
      double[] r = new double[numerators.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = numerators[i] / denominators[i];
      }
      return median(r);
    }
  }

  private StepBenchmark() {}

  /** Times updates on one synthetic batch of {@code rows} sentences of {@code len} tokens per side. */
  public static Figures run(TrainConfig config, int vocab, int rows, int len, int steps) {
    return run(config, vocab, rows, len, steps, null);
  }

  /** As {@link #run(TrainConfig, int, int, int, int)}, then profiled updates into {@code profileTrace} (or none: null). */
  public static Figures run(TrainConfig config, int vocab, int rows, int len, int steps, Path profileTrace) {
    return run(config, vocab, List.of(syntheticExamples(rows, len, vocab, config.seed())), steps,
        rows + "x" + len + " synthetic", profileTrace);
  }

  /**
   * Times updates on real batches (e.g. an experiment's prepared train.batches): timed update i of every
   * kind uses batch i modulo their number, after two warm-up rounds on the first ones. The doubled batch
   * is the batch's sentences twice.
   */
  public static Figures run(TrainConfig config, int vocab, List<List<Example>> batches, int steps, String description) {
    return run(config, vocab, batches, steps, description, null);
  }

  /**
   * As {@link #run(TrainConfig, int, List, int, String)}, then, with {@code profileTrace}, {@code steps}
   * baseline and R-Drop updates in turn under libtorch's profiler, its trace written there.
   */
  public static Figures run(TrainConfig config, int vocab, List<List<Example>> batches, int steps, String description,
      Path profileTrace) {
    return run(config, vocab, batches, steps, description, profileTrace, null);
  }

  /**
   * As {@link #run(TrainConfig, int, List, int, String, Path)}, the model starting from {@code startParams} (a
   * trained model's, by name) instead of its seeded initialization, when given: some of an update's work
   * depends on the values (a sharper model's probabilities), so a bench from initialization can miss what a
   * late update costs.
   */
  public static Figures run(TrainConfig config, int vocab, List<List<Example>> batches, int steps, String description,
      Path profileTrace, Map<String, float[]> startParams) {
    if (batches.isEmpty() || steps < 1) {
      throw new IllegalArgumentException("need at least one batch and one step");
    }
    Engine engine = EngineSetup.start(config.threads());
    Device device = EngineSetup.device(config.device(), engine);
    List<PaddedBatch> plain = new ArrayList<>();
    List<PaddedBatch> doubled = new ArrayList<>();
    for (List<Example> b : batches) {
      plain.add(PaddedBatch.of(b));
      List<Example> twice = new ArrayList<>(b);
      twice.addAll(b);
      doubled.add(PaddedBatch.of(twice));
    }
    TrainConfig rdropConfig = config.regularization().alpha() > 0 ? config : config.withAlpha(5.0);
    try (NDManager manager = NDManager.newBaseManager(device);
        SequenceModel model = Models.create(config.model(), vocab);
        FairseqAdam adam = new FairseqAdam(0.9, 0.98, 1e-8, 0)) {
      model.initialize(manager, config.seed(), startParams);
      adam.initialize(manager, new ArrayList<>(model.parameters().shapes().values()));
      var r = rdropConfig.regularization();
      UpdateStep baseline = new UpdateStep(engine, manager, model,
          new ChunkedRDropLoss(r.labelSmoothing(), 0, Consistency.parse(r.consistency())), adam, rdropConfig.withAlpha(0));
      UpdateStep rdrop = new UpdateStep(engine, manager, model,
          new ChunkedRDropLoss(r.labelSmoothing(), r.alpha(), Consistency.parse(r.consistency())), adam, rdropConfig);
      // Warm up (allocator, kernels, JIT), then alternate so that drift hits every kind alike.
      long index = 0;
      for (int i = 0; i < 2; i++) {
        int b = i % plain.size();
        baseline.run(index++, plain.get(b), null);
        rdrop.run(index++, plain.get(b), null);
        baseline.run(index++, doubled.get(b), null);
      }
      double[] baseSecs = new double[steps];
      double[] rdropSecs = new double[steps];
      double[] doubledSecs = new double[steps];
      double rdropTotal = 0;
      double maskSecs = 0;
      double tokens = 0;
      double flops = 0;
      for (int i = 0; i < steps; i++) {
        PaddedBatch batch = plain.get(i % plain.size());
        long t0 = System.nanoTime();
        baseline.run(index++, batch, null);
        long t1 = System.nanoTime();
        UpdateStep.Outcome o = rdrop.run(index++, batch, null);
        long t2 = System.nanoTime();
        baseline.run(index++, doubled.get(i % plain.size()), null);
        long t3 = System.nanoTime();
        baseSecs[i] = (t1 - t0) / 1e9;
        rdropSecs[i] = (t2 - t1) / 1e9;
        doubledSecs[i] = (t3 - t2) / 1e9;
        rdropTotal += rdropSecs[i];
        maskSecs += o.maskNanos() / 1e9;
        tokens += batch.targetTokens() / (double) steps;
        flops += stepFlops(config.model(), vocab, batch.rows(), batch.sourceLen(), batch.targetLen()) * 2 / steps;
      }
      StepProfile.Report profile = null;
      if (profileTrace != null) {
        StepProfile.Session session = StepProfile.start(manager, profileTrace);
        for (int i = 0; i < steps; i++) {
          PaddedBatch batch = plain.get(i % plain.size());
          session.add("baseline", baseline.run(index++, batch, null), System.nanoTime());
          session.add("R-Drop", rdrop.run(index++, batch, null), System.nanoTime());
        }
        try {
          profile = session.stop();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new Figures(device.toString(), config.threads(), model.parameters().count(), description, vocab,
          baseSecs, rdropSecs, doubledSecs, maskSecs / rdropTotal, tokens, flops, matmulGflops(manager, 1024, 5),
          peakRssMb(), profile);
    }
  }

  /**
   * Multiply-adds x 2 of one training update (forward + backward ~ 3 x forward) of one pass of an
   * encoder-decoder over {@code rows} sentences padded to source length {@code s} and target length
   * {@code t}: projections, FFN, attention products and the output projection.
   */
  static double stepFlops(TrainConfig.Model m, int vocab, int rows, int s, int t) {
    double d = m.embedDim();
    double f = m.ffnDim();
    double encPerToken = 2 * (4 * d * d + 2 * d * f) + 4.0 * s * d;
    double decPerToken = 2 * (8 * d * d + 2 * d * f) + 4.0 * (s + t) * d;
    double forward = (double) rows * (s * m.encoderLayers() * encPerToken + t * (m.decoderLayers() * decPerToken + 2 * d * vocab));
    return 3 * forward;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
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

  /** Sentences of random real tokens, every one exactly {@code len} long (eos included). */
  static List<Example> syntheticExamples(int rows, int len, int vocab, long seed) {
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
    return examples;
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
