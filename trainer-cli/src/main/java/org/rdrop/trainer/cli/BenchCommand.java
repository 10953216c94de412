package org.rdrop.trainer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.RunDirectory;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.config.TrainConfigLoader;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.Dictionaries;
import org.rdrop.trainer.engine.CpuInfo;
import org.rdrop.trainer.engine.Numerics;
import org.rdrop.trainer.loop.PlatformFingerprint;
import org.rdrop.trainer.loop.StepBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Step timing of an experiment's model: baseline vs R-Drop update, mask time, tokens/s, GFLOP/s, and a
 * matrix product on the same engine and threads for scale.
 */
@Command(name = "bench-train", mixinStandardHelpOptions = true,
    description = "Time baseline and R-Drop updates of an experiment's model on a synthetic batch, or on "
        + "real batches (--batches with --dict).")
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin NumericsOption numerics;

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "Experiment YAML.")
  Path config;

  @Option(names = "--vocab-size", defaultValue = "10000", description = "Vocabulary (default ${DEFAULT-VALUE}).")
  int vocab;

  @Option(names = "--batch", defaultValue = "64x32", paramLabel = "BxT",
      description = "Sentences x tokens per side (default ${DEFAULT-VALUE}).")
  String batch;

  @Option(names = "--batches", paramLabel = "FILE",
      description = "Time on these batches (e.g. a run's " + RunDirectory.DATA + "/train"
          + DataDirectory.BATCHES + ") instead of a synthetic one; needs --dict.")
  Path batches;

  @Option(names = "--dict", paramLabel = "FILE", description = "fairseq " + DataDirectory.DICTIONARY
      + " of --batches (gives the vocabulary size).")
  Path dict;

  @Option(names = "--steps", defaultValue = "5", description = "Timed updates of each kind (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--threads", description = "Overrides train.threads.")
  Integer threads;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "After the timed updates, run --steps baseline and R-Drop updates under libtorch's profiler, "
          + "write its trace (Chrome trace JSON) to FILE and print where their time goes.")
  Path profile;

  @Option(names = "--shape", description = "Override the model: d,ffn,heads,encoderLayers,decoderLayers.")
  String shape;

  @Option(names = "--params", paramLabel = "FILE",
      description = "Start from these parameters (a run's <method>/model.params) instead of the seeded "
          + "initialization: the cost of late updates (needs --batches).")
  Path params;

  @Override
  public Integer call() throws Exception {
    TrainConfig c = TrainConfigLoader.load(config);
    if (threads != null) {
      c = c.withThreads(threads);
    }
    if (shape != null) {
      String[] s = shape.split(",");
      TrainConfig.Model m = c.model();
      c = new TrainConfig(new TrainConfig.Model(m.arch(), Integer.parseInt(s[0]), Integer.parseInt(s[1]),
          Integer.parseInt(s[2]), Integer.parseInt(s[3]), Integer.parseInt(s[4]), m.shareEmbeddings(),
          m.maxPositions()), c.optimizer(), c.schedule(), c.regularization(), c.seed(), c.threads(), c.device(),
          c.checkpointEvery(), c.convergence());
    }
    if (profile != null) {
      Path parent = profile.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--profile " + profile + ": no such directory " + parent);
      }
    }
    StepBenchmark.Figures f;
    if (batches != null) {
      if (dict == null) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--batches needs --dict (its vocabulary)");
      }
      f = StepBenchmark.run(c.validate(), Dictionaries.size(dict), BatchFile.read(batches), steps,
          "the first " + steps + " of " + batches + " (cycled if fewer)"
              + (params == null ? "" : ", starting from " + params),
          profile, params == null ? null : ParamsFile.read(params).values());
    } else {
      if (params != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--params needs --batches (the run's vocabulary)");
      }
      String[] bt = batch.toLowerCase(Locale.ROOT).split("x");
      f = StepBenchmark.run(c.validate(), vocab, Integer.parseInt(bt[0]), Integer.parseInt(bt[1]), steps, profile);
    }
    TrainConfig.Model m = c.model();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT,
        "model d%d ffn%d h%d %d+%d vocab %d (%,d parameters), batches: %s, %s, %d threads%n",
        m.embedDim(), m.ffnDim(), m.heads(), m.encoderLayers(), m.decoderLayers(), f.vocab(), f.parameters(),
        f.batches(), f.device(), f.threads());
    // Times mean little without the machine: the CPU, the flags kernels dispatch on, and the numerics mode.
    Set<String> flags = CpuInfo.flags();
    out.printf(Locale.ROOT, "cpu %s, ISA: %s%n", CpuInfo.model(),
        flags == null ? "unknown" : PlatformFingerprint.isaFlags(String.join(" ", flags)));
    out.printf(Locale.ROOT, "numerics %s (%s)%n", Numerics.mode().label(),
        Numerics.platformClass(Numerics.mode(), System.getProperty("os.arch"), flags, f.device().startsWith("gpu")));
    out.printf(Locale.ROOT, "baseline step   %8.3f s   %8.0f tokens/s%n", f.baselineStep(), f.baselineTokensPerSecond());
    out.printf(Locale.ROOT, "R-Drop step     %8.3f s   %8.0f tokens/s%n", f.rdropStep(), f.rdropTokensPerSecond());
    out.printf(Locale.ROOT, "ratio           %8.2f x   (median over %d rounds of the two on the same batch)%n",
        f.ratio(), f.rdropSecs().length);
    out.printf(Locale.ROOT, "mean step       %8.3f s, %.3f s   (baseline, R-Drop: compare a run's timing.json"
        + " update_step_seconds)%n", f.baselineMeanStep(), f.rdropMeanStep());
    out.printf(Locale.ROOT, "baseline on 2B  %8.3f s   (R-Drop / this: %.2f x, the consistency term's cost)%n",
        f.doubledBaselineStep(), f.ratioToDoubledBatch());
    out.printf(Locale.ROOT, "masks           %8.1f %% of an R-Drop step%n", 100 * f.maskFractionOfRDrop());
    out.printf(Locale.ROOT, "R-Drop GFLOP/s  %8.1f (estimated FLOPs)%n", f.rdropGflops());
    out.printf(Locale.ROOT, "matmul GFLOP/s  %8.1f (1024^3 product, same engine and threads)%n", f.matmulGflops());
    out.printf(Locale.ROOT, "peak RSS        %8d MB%n", f.peakRssMb());
    if (f.profile() != null) {
      f.profile().print(out);
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
