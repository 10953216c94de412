package org.rdrop.pipeline.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.train.TrainLayout;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.format.Curve;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.Method;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainProgress;
import org.rdrop.trainer.loop.Trainer;

/**
 * Re-runs training from the newest kept checkpoint before step T up to T, in a scratch directory, and
 * compares step T's row of the curve bit for bit with the run's. The seeded dropout masks are a function
 * of (seed, site, step, pass, element), so nothing but the checkpoint is needed. The trainer keeps its
 * two newest checkpoints; a step before both is replayed from the initial parameters (keyed by the seed),
 * which costs T updates instead of a few.
 */
public final class ReplayRun {
  private ReplayRun() {}

  /** The step's row as recorded and as replayed, and from which checkpoint (0: the initial parameters). */
  public record Result(long step, long fromCheckpoint, Curve.Row recorded, Curve.Row replayed) {
    public boolean identical() {
      return recorded.cells().equals(replayed.cells());
    }
  }

  public static Result run(Path runDir, Method method, long step, Path scratch, PrintStream log) throws IOException {
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    RunManifest m = ManifestJson.read(manifestFile);
    RunManifest.Stage stage = m.stages().stream().filter(s -> s.name().equals("train-" + method.label()))
        .findFirst().orElseThrow(() -> new IOException(runDir + ": no trained " + method.label() + " model"));
    Path dir = runDir.resolve(method.label());
    List<Curve.Row> curve = Curve.read(dir.resolve(Curve.CURVE_FILE));
    if (step < 1 || step > curve.size()) {
      throw new IllegalArgumentException("--step must be in 1.." + curve.size() + ", got " + step);
    }
    List<Long> kept = new CheckpointStore(dir.resolve("checkpoints")).listUpdates();
    long from = kept.stream().filter(k -> k < step).mapToLong(Long::longValue).max().orElse(0);

    if (Files.exists(scratch)) {
      throw new IOException(scratch + " exists; replay works in a fresh directory");
    }
    Files.createDirectories(scratch.resolve("checkpoints"));
    if (from > 0) {
      Files.copy(dir.resolve("run.json"), scratch.resolve("run.json"));
      Files.copy(dir.resolve(Curve.CURVE_FILE), scratch.resolve(Curve.CURVE_FILE));
      if (Files.exists(dir.resolve(Curve.VALID_FILE))) {
        Files.copy(dir.resolve(Curve.VALID_FILE), scratch.resolve(Curve.VALID_FILE));
      }
      String name = CheckpointStore.fileName(from);
      Files.copy(dir.resolve("checkpoints").resolve(name), scratch.resolve("checkpoints").resolve(name));
    }

    ExperimentConfig config = Experiments.configOf(m, manifestFile);
    TrainRun.Overrides overrides = TrainRun.Overrides.fromParameters(stage.parameters());
    TrainConfig effective = method.apply(overrides.applyTo(config.train())).validate();
    TrainLayout layout = new TrainLayout(runDir);
    int vocab = Dictionary.read(layout.dictionary()).size();
    Trainer.run(new TrainOptions(layout.trainBatches(), layout.validBatches(), effective, method, vocab,
        scratch, from > 0, step, TrainProgress.lines(log)));

    Path partial = scratch.resolve(Curve.CURVE_FILE + ".partial");
    List<Curve.Row> replayed = Curve.read(Files.exists(partial) ? partial : scratch.resolve(Curve.CURVE_FILE));
    return new Result(step, from, curve.get((int) step - 1), replayed.get((int) step - 1));
  }
}
