package org.rdrop.pipeline.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.util.construction.PipelineOptionsTranslation;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.TrainProgress;

/**
 * Trains the given methods in a prepared run directory and records them in its manifest: one stage
 * {@code train-<method>} each (its trainer identity, which includes the platform fingerprint, and its
 * update count) and the trainer's output files as artifacts. The batches are checked against the
 * manifest first, so a model is never trained on data the manifest does not describe.
 */
public final class TrainRun {
  private TrainRun() {}

  /** Settings that override the experiment's train section for this run; null means "as configured". */
  public record Overrides(Integer maxUpdates, Integer threads, String device) {
    public static final Overrides NONE = new Overrides(null, null, null);

    public TrainConfig applyTo(TrainConfig c) {
      TrainConfig out = c;
      if (maxUpdates != null) {
        out = out.withMaxUpdates(maxUpdates);
      }
      if (threads != null) {
        out = out.withThreads(threads);
      }
      if (device != null) {
        out = out.withDevice(device);
      }
      return out;
    }

    /** The overrides a {@code train-<method>} stage recorded ({@link #asParameters}), read back. */
    public static Overrides fromParameters(SortedMap<String, Object> p) {
      return new Overrides(
          p.get("override.max_updates") == null ? null : ((Number) p.get("override.max_updates")).intValue(),
          p.get("override.threads") == null ? null : ((Number) p.get("override.threads")).intValue(),
          (String) p.get("override.device"));
    }

    SortedMap<String, Object> asParameters() {
      SortedMap<String, Object> m = new TreeMap<>();
      if (maxUpdates != null) {
        m.put("override.max_updates", maxUpdates);
      }
      if (threads != null) {
        m.put("override.threads", threads);
      }
      if (device != null) {
        m.put("override.device", device);
      }
      return m;
    }
  }

  /** Trains with the trainer's plain progress lines on stderr. */
  public static RunManifest run(
      Path runDir, List<Method> methods, Overrides overrides, boolean resume, PipelineOptions options)
      throws IOException {
    return run(runDir, methods, overrides, resume, options, TrainProgress.lines(System.err));
  }

  /** Trains, telling {@code progress} (stderr only) about every update. */
  public static RunManifest run(Path runDir, List<Method> methods, Overrides overrides, boolean resume,
      PipelineOptions options, TrainProgress progress) throws IOException {
    return runAll(List.of(runDir), methods, overrides, resume, options, progress).get(0);
  }

  /**
   * Trains several prepared runs (a seed set's) in one pipeline, one work item per run ({@link TrainModels}),
   * and records each; returns their manifests in the order given. Each run's bytes are those of
   * {@link #run} on it alone.
   */
  public static List<RunManifest> runAll(List<Path> runDirs, List<Method> methods, Overrides overrides,
      boolean resume, PipelineOptions options, TrainProgress progress) throws IOException {
    List<TrainModels.Job> jobs = new java.util.ArrayList<>();
    List<TrainConfig> configs = new java.util.ArrayList<>();
    for (Path runDir : runDirs) {
      TrainConfig train = checkedConfig(runDir, methods, overrides);
      configs.add(train);
      int vocabSize = Dictionary.read(RunDirectory.of(runDir).data().dictionary()).size();
      jobs.add(new TrainModels.Job(runDir.toAbsolutePath().toString(), train, List.copyOf(methods), vocabSize, resume));
    }
    try (TrainProgressRelay.Registration relay = TrainProgressRelay.register(progress)) {
      Pipeline p = Pipeline.create(trainingOptions(options));
      p.apply("Train", TrainModels.of(jobs, relay.key()));
      p.run().waitUntilFinish();
    }
    List<RunManifest> out = new java.util.ArrayList<>();
    for (int i = 0; i < runDirs.size(); i++) {
      out.add(record(runDirs.get(i), methods, configs.get(i), overrides));
    }
    return out;
  }

  /** The train config of a prepared run, after checking what training will read and what it trained before. */
  private static TrainConfig checkedConfig(Path runDir, List<Method> methods, Overrides overrides)
      throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(runDir + " is not a prepared run directory (no " + RunDirectory.MANIFEST
          + "): run ./rdrop prepare first");
    }
    RunManifest manifest = ManifestJson.read(manifestFile);
    RunDirectory.of(runDir).requireRecorded(manifest, trainingInputs(RunDirectory.of(runDir).data()), "preparation");
    for (Method method : methods) {
      // A method trained before is found complete and recorded again: its files must be what was recorded.
      requireTrainedOutputsUnchanged(runDir, manifest, method);
    }
    ExperimentConfig config = Experiments.configOf(manifest, manifestFile);
    return overrides.applyTo(config.train());
  }

  /**
   * Fails naming the first file of {@code method}'s recorded training (stage {@code train-<method>}) that
   * is on disk but no longer has the recorded SHA-256. Files not on disk are left to the trainer (it makes
   * them again from its last checkpoint); a method never recorded is not checked.
   */
  public static void requireTrainedOutputsUnchanged(Path runDir, RunManifest manifest, Method method)
      throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    for (RunManifest.Stage s : manifest.stages()) {
      if (s.name().equals(StageName.train(method).name())) {
        for (String out : s.outputs()) {
          Path f = runDir.resolve(out);
          if (Files.exists(f)) {
            RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "training", "");
          }
        }
      }
    }
  }

  /**
   * The options of the training pipeline: {@code options}, but on the DirectRunner with one worker.
   * Training is one task; the DirectRunner's other workers keep polling for timers while it runs and take
   * CPU from libtorch (an R-Drop update of bible-en-es on 2 cores: 0.95 s with the default workers, 0.57 s
   * with one). Results do not depend on it. {@code options} itself is left as it was.
   */
  static PipelineOptions trainingOptions(PipelineOptions options) {
    if (options.getRunner() != DirectRunner.class) {
      return options;
    }
    PipelineOptions copy = PipelineOptionsTranslation.fromProto(PipelineOptionsTranslation.toProto(options));
    copy.as(DirectOptions.class).setTargetParallelism(1);
    return copy;
  }

  private static RunManifest record(
      Path runDir, List<Method> methods, TrainConfig train, Overrides overrides) throws IOException {
    RunDirectory run = RunDirectory.of(runDir);
    RunManifest updated = run.readManifest();
    for (Method method : methods) {
      // Hypotheses decoded with an earlier model of this method no longer describe it.
      run.forget(s -> s.is(StageName.Kind.DECODE) && s.method() == method);
      MethodDirectory dir = run.method(method);
      JsonNode summary = ManifestJson.MAPPER.readTree(dir.summary().toFile());
      TrainConfig effective = train.forMethod(method);
      SortedMap<String, Object> params = new TreeMap<>(overrides.asParameters());
      params.put("method", method.label());
      params.put("alpha", effective.regularization().alpha());
      params.put("threads", effective.threads());
      params.put("device", effective.device());
      params.put("trainer_identity", summary.get("identity_sha256").asText());
      SortedMap<String, Long> stats = new TreeMap<>();
      stats.put("updates", summary.get("updates").asLong());
      stats.put("epochs", summary.get("epoch").asLong());
      stats.put("parameters", summary.get("parameter_count").asLong());
      // valid.tsv (and the validation batches) exist only with validation data
      List<Path> outputs = MethodDirectory.TRAINING_OUTPUTS.stream().map(dir.root()::resolve)
          .filter(Files::isRegularFile).toList();
      List<Path> read = trainingInputs(run.data()).stream().filter(Files::isRegularFile).toList();
      updated = run.record(new StageRecord(StageName.train(method), params, stats, read, StageRecord.Output.all(outputs)));
    }
    return updated;
  }

  /** What training reads from a prepared run: the training and validation batches and the dictionary. */
  public static List<Path> trainingInputs(DataDirectory data) {
    return List.of(data.batches(PrepareLayout.TRAIN), data.batches(VALID), data.dictionary());
  }

  /** Training's validation split (early stopping and the validation curve read it). */
  public static final String VALID = "valid";
}
