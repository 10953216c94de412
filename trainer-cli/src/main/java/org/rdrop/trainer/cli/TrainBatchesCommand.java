package org.rdrop.trainer.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rdrop.format.Curve;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.config.TrainConfigLoader;
import org.rdrop.trainer.data.Dictionaries;
import org.rdrop.trainer.loop.NonFiniteLossException;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainProgress;
import org.rdrop.trainer.loop.TrainResult;
import org.rdrop.trainer.loop.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The trainer on its own: batch files in, run directory out. Needs no Beam, so it runs in a container or
 * on a GPU worker. Exit codes: 0 done, 1 error, 2 usage, 3 loss became NaN/infinite.
 */
@Command(
    name = "train-batches",
    mixinStandardHelpOptions = true,
    description = "Train on prepared batch files (baseline or R-Drop), writing " + Curve.CURVE_FILE
        + ", checkpoints and " + MethodDirectory.RUN_JSON + ".")
public final class TrainBatchesCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin NumericsOption numerics;

  public static final int EXIT_NON_FINITE = 3;

  @Option(names = "--batches", required = true, paramLabel = "FILE", description = "Training batch file.")
  Path batches;

  @Option(names = "--valid", paramLabel = "FILE", description = "Validation batch file (evaluated at every checkpoint).")
  Path valid;

  @Option(names = "--config", required = true, paramLabel = "FILE",
      description = "Experiment YAML (its train: section is used) or a file holding only that section.")
  Path config;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory.")
  Path out;

  @CommandLine.ArgGroup(multiplicity = "1")
  Vocab vocab;

  static final class Vocab {
    @Option(names = "--dict", paramLabel = "FILE", description = "fairseq " + DataDirectory.DICTIONARY
        + "; size = 4 specials + lines.")
    Path dict;

    @Option(names = "--vocab-size", paramLabel = "N", description = "Dictionary size, specials included.")
    Integer size;
  }

  @Option(names = "--method", defaultValue = "rdrop", paramLabel = "baseline|rdrop",
      description = "baseline: alpha 0, one pass; rdrop: the config's alpha (default ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--resume", description = "Continue from the newest checkpoint in --out.")
  boolean resume;

  @Option(names = "--device", paramLabel = "cpu|gpu|auto", description = "Overrides train.device.")
  String device;

  @Option(names = "--threads", paramLabel = "N", description = "Overrides train.threads (intra-op threads).")
  Integer threads;

  @Option(names = "--steps", paramLabel = "N", description = "Overrides train.schedule.max_updates.")
  Integer steps;

  @Option(names = "--stop-after", paramLabel = "N", hidden = true,
      description = "Stop as if interrupted after N updates (testing).")
  long stopAfter;

  @Override
  public Integer call() {
    try {
      TrainConfig c = TrainConfigLoader.load(config);
      if (threads != null) {
        c = c.withThreads(threads);
      }
      if (device != null) {
        c = c.withDevice(device);
      }
      if (steps != null) {
        c = c.withMaxUpdates(steps);
      }
      Method m = Method.parse(method);
      c = c.forMethod(m).validate();
      int vocabSize = vocab.dict != null ? Dictionaries.size(vocab.dict) : vocab.size;
      TrainResult r = Trainer.run(TrainOptions.builder().batches(batches).valid(valid).config(c).method(m)
          .vocabSize(vocabSize).out(out).resume(resume).stopAfter(stopAfter).progress(TrainProgress.lines(System.err))
          .build());
      TrainResult.Session s = r.session();
      System.err.printf(Locale.ROOT, "rdrop train: %s after %d updates (%s), %.2f steps/s, mask time %.1f%%%n",
          r.completed() ? "done" : "stopped", r.updates(), out,
          s.stepsPerSecond(), s.seconds() > 0 ? 100 * s.maskSeconds() / s.seconds() : 0.0);
      return 0;
    } catch (NonFiniteLossException e) {
      System.err.println("rdrop train: " + e.getMessage());
      return EXIT_NON_FINITE;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      System.err.println("rdrop train: " + describe(e));
      return 1;
    }
  }

  /** File-system exceptions carry only the path as their message: say what went wrong with it. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage();
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainBatchesCommand()).execute(args));
  }
}
