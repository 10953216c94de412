package org.rdrop.pipeline.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.RunIdentity;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainProgress;
import org.rdrop.trainer.loop.Trainer;

/**
 * Re-runs training from the newest kept checkpoint before step T up to T, in a scratch directory (removed
 * afterwards), and compares step T's row of the curve bit for bit with the run's. The seeded dropout masks are a function
 * of (seed, site, step, pass, element), so nothing but the checkpoint is needed. The trainer keeps its
 * two newest checkpoints; a step before both is replayed from the initial parameters (keyed by the seed),
 * which costs T updates instead of a few.
 */
public final class ReplayRun {
  /** The scratch directories' name prefix in the temporary folder. */
  public static final String SCRATCH_PREFIX = "rdrop-replay-";

  private ReplayRun() {}

  /** The step's row as recorded and as replayed, and from which checkpoint (0: the initial parameters). */
  public record Result(long step, long fromCheckpoint, Curve.Row recorded, Curve.Row replayed) {
    public boolean identical() {
      return recorded.cells().equals(replayed.cells());
    }
  }

  /** Replays in a scratch directory under the system's temporary folder, removed afterwards. */
  public static Result run(Path runDir, Method method, long step, PrintStream log) throws IOException {
    return run(runDir, method, step, null, log);
  }

  /**
   * Replays in a fresh scratch directory created under {@code tempRoot} (null: the system's temporary
   * folder) and removed afterwards, whatever happens. Errors about the run's files name them in the run,
   * not as their scratch copies.
   */
  public static Result run(Path runDir, Method method, long step, Path tempRoot, PrintStream log)
      throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    RunManifest m = ManifestJson.read(manifestFile);
    RunManifest.Stage stage = m.stages().stream().filter(s -> s.name().equals(StageName.train(method).name()))
        .findFirst().orElseThrow(() -> new IOException(runDir + ": no trained " + method.label() + " model"));
    RunDirectory run = RunDirectory.of(runDir);
    MethodDirectory dir = run.method(method);
    // Replay reads the batches, the dictionary and the method's training files: each as the run recorded it,
    // or a step that differs would blame the training for a damaged file.
    for (Path f : TrainRun.trainingInputs(run.data())) {
      RunArtifacts.requireUnchanged(runDir, manifestFile, m, f, "preparation", "");
    }
    TrainRun.requireTrainedOutputsUnchanged(runDir, m, method);
    List<Curve.Row> curve = Curve.read(dir.curve());
    if (step < 1 || step > curve.size()) {
      throw new IllegalArgumentException("--step must be in 1.." + curve.size() + ", got " + step);
    }
    List<Long> kept = new CheckpointStore(dir.checkpoints()).listUpdates();
    long from = kept.stream().filter(k -> k < step).mapToLong(Long::longValue).max().orElse(0);
    Path checkpoint = dir.checkpoints().resolve(CheckpointStore.fileName(from));
    if (from > 0) {
      // Read where they are first: the trainer reads the scratch copies, and its errors would name those.
      RunIdentity.read(dir.runJson());
      CheckpointStore.read(checkpoint);
    }

    Path temp = tempRoot == null ? Files.createTempDirectory(SCRATCH_PREFIX)
        : Files.createTempDirectory(tempRoot, SCRATCH_PREFIX);
    try {
      MethodDirectory scratch = new MethodDirectory(temp.resolve("run"));
      Files.createDirectories(scratch.checkpoints());
      if (from > 0) {
        Files.copy(dir.runJson(), scratch.runJson());
        Files.copy(dir.curve(), scratch.curve());
        if (Files.exists(dir.valid())) {
          Files.copy(dir.valid(), scratch.valid());
        }
        if (Files.exists(dir.dropoutKl())) {
          Files.copy(dir.dropoutKl(), scratch.dropoutKl());
        }
        Files.copy(checkpoint, scratch.checkpoints().resolve(checkpoint.getFileName()));
      }

      ExperimentConfig config = Experiments.configOf(m, manifestFile);
      TrainRun.Overrides overrides = TrainRun.Overrides.fromParameters(stage.parameters());
      TrainConfig effective = overrides.applyTo(config.train()).forMethod(method).validate();
      List<Path> inputs = TrainRun.trainingInputs(run.data());
      int vocab = Dictionary.read(run.data().dictionary()).size();
      Trainer.run(TrainOptions.builder().batches(inputs.get(0)).valid(inputs.get(1)).config(effective).method(method)
          .vocabSize(vocab).out(scratch.root()).resume(from > 0).stopAfter(step).progress(TrainProgress.lines(log))
          .build());

      Path partial = MethodDirectory.partial(scratch.curve());
      List<Curve.Row> replayed = Curve.read(Files.exists(partial) ? partial : scratch.curve());
      return new Result(step, from, curve.get((int) step - 1), replayed.get((int) step - 1));
    } finally {
      RunDirectory.deleteTree(temp); // created above, so ours to remove
    }
  }
}
