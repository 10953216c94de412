package org.rdrop.trainer.loop;

import org.rdrop.format.Curve;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.FaultPoint;
import org.rdrop.format.MethodDirectory;
import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rdrop.trainer.checkpoint.Checkpoint;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.BatchOrder;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.loss.Objective;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;
import org.rdrop.format.Sha256;

/**
 * The training loop: turns a batch file into a trained model, a loss curve and checkpoints in a run
 * directory.
 *
 * <pre>
 *   run.json             identity (effective config, method, vocabulary, data hashes, platform) + its hash
 *   curve.tsv            per-update curve ({@link Curve}); curve.tsv.partial while training
 *   valid.tsv            validation at every checkpoint (with --valid); valid.tsv.partial while training
 *   dropout-kl.tsv       the KL between two dropout passes on validation data at every checkpoint (with --valid)
 *   checkpoints/         the newest {@link CheckpointStore#KEEP} checkpoints
 *   model.params         final parameters ({@link ParamsFile})
 *   summary.json         updates, final losses, SHA-256 of model.params and curve.tsv
 * </pre>
 *
 * Batches are visited in {@link BatchOrder#forEpoch} order; update n (0-based) draws its dropout masks
 * with step n. Everything that decides an update is therefore a function of the checkpointed state, so a
 * resumed run continues bit-identically.
 *
 * <p>The loop runs the updates and says when a checkpoint is due; {@link TrainingListener}s do the rest,
 * each one job: the curve log ({@link CurveLogger}), validation ({@link Validation}), the dropout KL
 * diagnostic ({@link DropoutKl}), checkpoints
 * ({@link Checkpointing}), the progress display and the session's timing ({@link SessionMeter}).
 */
public final class Trainer {
  private final TrainOptions options;
  private final TrainConfig config;
  private final TrainProgress progress;
  private final MethodDirectory dir;
  private final CheckpointStore store;
  /** Told of every validation; decides when patience ends training and which checkpoint is the best. */
  private final EarlyStopping stopping;

  private Trainer(TrainOptions options) {
    this.options = options;
    this.config = options.config().validate();
    this.progress = options.progress() != null ? options.progress() : TrainProgress.NONE;
    this.dir = new MethodDirectory(options.out());
    this.store = new CheckpointStore(dir.checkpoints());
    this.stopping = new EarlyStopping(config.convergence());
  }

  public static TrainResult run(TrainOptions options) throws IOException {
    return new Trainer(options).run();
  }

  private TrainResult run() throws IOException {
    Engine engine = EngineSetup.start(config.threads());
    Device device = EngineSetup.device(config.device(), engine);
    List<PaddedBatch> train = load(options.batches());
    List<PaddedBatch> valid = options.valid() != null ? load(options.valid()) : List.of();
    if (valid.isEmpty() && config.convergence().needsValidation()) {
      throw new IllegalArgumentException("train.convergence (patience " + config.convergence().patience()
          + ", final_model " + config.convergence().finalModel() + ") needs validation data (--valid)");
    }
    RunIdentity identity = identity(engine, device);

    Path out = options.out();
    Files.createDirectories(out);
    Path runJson = dir.runJson();
    Path summary = dir.summary();
    Optional<Checkpoint> restored = Optional.empty();
    if (Files.exists(runJson)) {
      if (!options.resume()) {
        throw new IllegalStateException(out + " already holds a run; pass --resume to continue it or use a new --out");
      }
      RunIdentity stored = RunIdentity.read(runJson);
      if (!stored.hash().equals(identity.hash())) {
        throw new IllegalStateException(
            "cannot resume " + out + ": the run identity changed:\n  " + String.join("\n  ", stored.differences(identity)));
      }
      if (Files.exists(summary)) {
        TrainResult done = completedResult(identity, summary);
        progress.started(options.method(), done.updates(), done.updates());
        progress.note("rdrop train: " + out + " is already complete");
        return done;
      }
      restored = store.latest();
      if (restored.isPresent() && !restored.get().identity().equals(identity.hash())) {
        throw new IllegalStateException("checkpoint in " + store.dir() + " belongs to another run identity");
      }
    } else {
      identity.write(runJson);
    }
    progress.started(options.method(), restored.map(Checkpoint::updates).orElse(0L),
        totalUpdates(config.schedule().maxUpdates(), config.schedule().maxEpochs(), train.size()));
    progress.note(String.format(Locale.ROOT, "rdrop train: identity %s, %s, %d threads, %d batches%s",
        identity.shortHash(), device, config.threads(), train.size(),
        restored.map(r -> ", resuming after update " + r.updates()).orElse("")));

    try (NDManager manager = NDManager.newBaseManager(device);
        SequenceModel model = Models.create(config.model(), options.vocabSize());
        FairseqAdam adam = new FairseqAdam(config.optimizer().betas().get(0), config.optimizer().betas().get(1),
            config.optimizer().eps(), config.optimizer().weightDecay())) {
      model.initialize(manager, config.seed(), restored.map(Checkpoint::params).orElse(null));
      List<Shape> shapes = new ArrayList<>(model.parameters().shapes().values());
      if (restored.isPresent()) {
        Checkpoint r = restored.get();
        adam.restore(manager, shapes, r.adamM(), r.adamV(), r.adamSteps());
      } else {
        adam.initialize(manager, shapes);
      }
      var reg = config.regularization();
      Objective loss = Objective.of(Models.regression(config.model()), reg.labelSmoothing(), reg.alpha(),
          Consistency.parse(reg.consistency()));
      UpdateStep step = new UpdateStep(engine, manager, model, loss, adam, config);
      Checkpoint from = restored.orElse(null);
      LoopClock clock = new LoopClock();
      try (Listeners listeners = new Listeners(clock)) {
        // In this order: a checkpoint records the logs' lengths and the validation that decides what it keeps;
        // the session's clock starts once the logs are open and stops once the curve is flushed.
        listeners.add("progress", TrainingListener.progress(progress));
        CurveLogger curve = listeners.add("curve", new CurveLogger(dir.curve(), from));
        Validation validation = valid.isEmpty() ? null : listeners.add("validation", new Validation(
            new Validation.Data(manager, model, valid, config), stopping, dir.valid(), from));
        if (!valid.isEmpty()) {
          listeners.add("dropout_kl",
              new DropoutKl(new DropoutKl.Data(manager, model, valid, config), dir.dropoutKl(), from));
        }
        listeners.add("checkpoints", new Checkpointing(store, new Checkpointing.State(identity.hash(), model, adam),
            curve, validation, new FinalModel.Retention(config.convergence(), stopping)));
        SessionMeter meter = listeners.add("timing", new SessionMeter(dir.root(), clock));
        Loop loop = new Loop(step, train, from, listeners, clock);
        if (!loop.run()) {
          return TrainResult.stopped(identity.hash(), loop.position().updates(), meter.session());
        }
        String paramsSha = finish(loop, model, identity, listeners);
        return TrainResult.completed(identity.hash(), loop.position().updates(), paramsSha, meter.session());
      }
    }
  }

  /**
   * The listeners in the order they were added, each under the name its time is kept by in timing.json;
   * closed in reverse, as try-with-resources would.
   */
  private static final class Listeners implements AutoCloseable {
    private final List<TrainingListener> all = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private final LoopClock clock;

    Listeners(LoopClock clock) {
      this.clock = clock;
    }

    <T extends TrainingListener> T add(String part, T listener) {
      all.add(listener);
      parts.add(part);
      return listener;
    }

    /** Calls a hook of every listener, in order, timing each. */
    void each(Hook hook) throws IOException {
      for (int i = 0; i < all.size(); i++) {
        long t0 = System.nanoTime();
        hook.call(all.get(i));
        clock.add(parts.get(i), System.nanoTime() - t0);
      }
    }

    interface Hook {
      void call(TrainingListener listener) throws IOException;
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (int i = all.size() - 1; i >= 0; i--) {
        try {
          all.get(i).close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /**
   * The loop proper: runs updates in {@link BatchOrder#forEpoch} order and says when a checkpoint is due;
   * the listeners do the rest.
   */
  private final class Loop {
    private final UpdateStep step;
    private final List<PaddedBatch> train;
    private final Listeners listeners;
    private final LoopClock clock;
    private long updates;
    private int epoch = 1;
    private int pos;
    private long lastCheckpoint = -1;

    /** {@code restored}: the checkpoint to continue from, or null to start at the beginning. */
    Loop(UpdateStep step, List<PaddedBatch> train, Checkpoint restored, Listeners listeners, LoopClock clock) {
      this.step = step;
      this.train = train;
      this.listeners = listeners;
      this.clock = clock;
      if (restored != null) {
        updates = restored.updates();
        epoch = restored.epoch();
        pos = restored.batchInEpoch();
        lastCheckpoint = restored.updates();
      }
    }

    TrainingListener.Position position() {
      return new TrainingListener.Position(updates, epoch, pos);
    }

    /**
     * Updates until max_updates, max_epochs or patience ends training (then true, the final checkpoint
     * written), or until the request's stopAfter (false).
     */
    boolean run() throws IOException {
      long maxUpdates = config.schedule().maxUpdates();
      int maxEpochs = config.schedule().maxEpochs();
      int[] order = BatchOrder.forEpoch(config.seed(), epoch, train.size());
      while ((maxUpdates == 0 || updates < maxUpdates) && (maxEpochs == 0 || epoch <= maxEpochs)
          && !stopping.shouldStop()) {
        PaddedBatch batch = train.get(order[pos]);
        int batchEpoch = epoch;
        long t0 = System.nanoTime();
        UpdateStep.Outcome r = step.run(updates, batch, checkpointName());
        clock.add(LoopClock.UPDATES, System.nanoTime() - t0);
        updates++;
        if (++pos == train.size()) {
          pos = 0;
          epoch++;
          order = BatchOrder.forEpoch(config.seed(), epoch, train.size());
        }
        Curve.Row row = new Curve.Row(updates, batchEpoch, r.passes(), r.sentences(), r.tokens(), r.lr(), r.loss(),
            r.nll(), r.kl(), r.gradNorm());
        listeners.each(l -> l.onUpdate(row, r.maskNanos()));
        FaultPoint.afterUpdate(options.method().label(), updates);
        if (updates % config.checkpointEvery() == 0) {
          checkpoint();
        }
        if (options.stopAfter() > 0 && updates >= options.stopAfter()) {
          TrainingListener.Position at = position();
          listeners.each(l -> l.onLoopEnd(at, false));
          return false;
        }
      }
      TrainingListener.Position end = position();
      listeners.each(l -> l.onLoopEnd(end, true));
      if (lastCheckpoint != updates) {
        checkpoint();
      }
      return true;
    }

    private void checkpoint() throws IOException {
      TrainingListener.Position at = position();
      listeners.each(l -> l.onCheckpoint(at));
      lastCheckpoint = updates;
    }

    /** The checkpoint a non-finite loss would be resumed from, for its message. */
    private String checkpointName() {
      return lastCheckpoint < 0 ? null : store.dir().resolve(CheckpointStore.fileName(lastCheckpoint)).toString();
    }

    /**
     * Why training stopped, the best validation and which checkpoints model.params comes from: what a
     * report needs to say whether a method converged.
     */
    TreeMap<String, Object> convergenceSummary(FinalModel chosen) {
      TreeMap<String, Object> v = new TreeMap<>();
      long maxUpdates = config.schedule().maxUpdates();
      v.put("stopped_by", stopping.shouldStop() ? "patience"
          : maxUpdates > 0 && updates >= maxUpdates ? "max_updates" : "max_epochs");
      v.put("best_metric", config.convergence().bestMetric());
      v.put("best_update", stopping.bestStep().isPresent() ? stopping.bestStep().getAsLong() : null);
      v.put("best_value", stopping.bestStep().isPresent() ? stopping.best() : null);
      v.put("validations_since_best", stopping.bestStep().isPresent() ? stopping.sinceBest() : null);
      v.put("final_model", chosen.kind());
      v.put("final_model_updates", chosen.updates());
      return v;
    }
  }

  /**
   * Training is complete: model.params (the final model train.convergence.final_model chooses), the logs
   * under their final names, then summary.json, whose presence says the run is complete.
   */
  private String finish(Loop loop, SequenceModel model, RunIdentity identity, Listeners listeners) throws IOException {
    TrainingListener.Position at = loop.position();
    LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
    model.parameters().shapes().forEach((n, s) -> shapes.put(n, s.getShape()));
    Path params = dir.params();
    FinalModel chosen = FinalModel.choose(config.convergence(), store, stopping, at.updates(),
        model.parameters().snapshot());
    ParamsFile.write(params, new ParamsFile.Tensors(chosen.params(), shapes));
    String paramsSha = Sha256.of(params);
    TreeMap<String, Object> s = new TreeMap<>();
    s.put("identity_sha256", identity.hash());
    s.put("updates", at.updates());
    s.put("epoch", at.epoch());
    s.put("params_sha256", paramsSha);
    s.put("parameter_count", model.parameters().count());
    s.put("convergence", loop.convergenceSummary(chosen));
    listeners.each(l -> l.onTrainingEnd(at, s));
    AtomicFiles.writeString(dir.summary(),
        RunIdentity.CANONICAL.writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n");
    return paramsSha;
  }

  /** Where the loop stops: max_updates or the end of epoch max_epochs, whichever comes first; 0 = never. */
  static long totalUpdates(long maxUpdates, int maxEpochs, int batchesPerEpoch) {
    long byEpochs = maxEpochs > 0 ? (long) maxEpochs * batchesPerEpoch : 0;
    if (maxUpdates > 0 && byEpochs > 0) {
      return Math.min(maxUpdates, byEpochs);
    }
    return Math.max(maxUpdates, byEpochs);
  }

  private TrainResult completedResult(RunIdentity identity, Path summary) throws IOException {
    Map<?, ?> s = RunIdentity.readJson(summary, Map.class);
    return TrainResult.completed(identity.hash(), ((Number) s.get("updates")).longValue(),
        (String) s.get("params_sha256"), TrainResult.Session.NONE);
  }

  private List<PaddedBatch> load(Path file) throws IOException {
    List<List<Example>> batches = BatchFile.read(file);
    if (batches.isEmpty()) {
      throw new IOException(file + ": no batches");
    }
    List<PaddedBatch> out = new ArrayList<>(batches.size());
    for (int i = 0; i < batches.size(); i++) {
      try {
        PaddedBatch b = PaddedBatch.of(batches.get(i));
        Models.checkBatch(config.model(), batches.get(i), b, options.vocabSize());
        out.add(b);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": batch " + i + " " + e.getMessage(), e);
      }
    }
    return out;
  }

  private RunIdentity identity(Engine engine, Device device) throws IOException {
    TreeMap<String, Object> f = new TreeMap<>();
    f.put("config", config);
    f.put("method", options.method().label());
    f.put("vocab_size", options.vocabSize());
    TreeMap<String, Object> data = new TreeMap<>();
    data.put("batches_sha256", Sha256.of(options.batches()));
    data.put("valid_sha256", options.valid() != null ? Sha256.of(options.valid()) : null);
    f.put("data", data);
    f.put("platform", PlatformFingerprint.capture(engine, device));
    // The launcher passes the code version (-Drdrop.code.version); a jar carries its own otherwise.
    String version = System.getProperty("rdrop.code.version", Trainer.class.getPackage().getImplementationVersion());
    f.put("trainer_version", version != null ? version : "development");
    return new RunIdentity(f);
  }
}
