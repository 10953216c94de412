package org.rdrop.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
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
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.FaultPoint;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Sha256;
import org.rdrop.trainer.checkpoint.Checkpoint;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.BatchOrder;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;

/**
 * The training loop: turns a batch file into a trained model, a loss curve and checkpoints in a run
 * directory.
 *
 * <pre>
 *   run.json             identity (effective config, method, vocabulary, data hashes, platform) + its hash
 *   curve.tsv            per-update curve ({@link Curve}); curve.tsv.partial while training
 *   valid.tsv            validation at every checkpoint (with --valid); valid.tsv.partial while training
 *   checkpoints/         the newest {@link CheckpointStore#KEEP} checkpoints
 *   model.params         final parameters ({@link ParamsFile})
 *   summary.json         updates, final losses, SHA-256 of model.params and curve.tsv
 * </pre>
 *
 * Batches are visited in {@link BatchOrder#forEpoch} order; update n (0-based) draws its dropout masks
 * with step n. Everything that decides an update is therefore a function of the checkpointed state, so a
 * resumed run continues bit-identically.
 */
public final class Trainer {
  private final TrainOptions o;
  private final TrainConfig c;
  private final TrainProgress log;

  private Trainer(TrainOptions o) {
    this.o = o;
    this.c = o.config().validate();
    this.log = o.progress() != null ? o.progress() : TrainProgress.NONE;
  }

  public static TrainResult run(TrainOptions options) throws IOException {
    return new Trainer(options).run();
  }

  private TrainResult run() throws IOException {
    Engine engine = EngineSetup.start(c.threads());
    Device device = EngineSetup.device(c.device(), engine);
    List<PaddedBatch> train = load(o.batches());
    List<PaddedBatch> valid = o.valid() != null ? load(o.valid()) : List.of();
    if (valid.isEmpty() && c.convergence().needsValidation()) {
      throw new IllegalArgumentException("train.convergence (patience " + c.convergence().patience()
          + ", final_model " + c.convergence().finalModel() + ") needs validation data (--valid)");
    }
    RunIdentity identity = identity(engine, device);

    Path out = o.out();
    Files.createDirectories(out);
    MethodDirectory dir = new MethodDirectory(out);
    Path runJson = dir.runJson();
    Path summary = dir.summary();
    CheckpointStore store = new CheckpointStore(dir.checkpoints());
    Optional<Checkpoint> restored = Optional.empty();
    if (Files.exists(runJson)) {
      if (!o.resume()) {
        throw new IllegalStateException(out + " already holds a run; pass --resume to continue it or use a new --out");
      }
      RunIdentity stored = RunIdentity.read(runJson);
      if (!stored.hash().equals(identity.hash())) {
        throw new IllegalStateException(
            "cannot resume " + out + ": the run identity changed:\n  " + String.join("\n  ", stored.differences(identity)));
      }
      if (Files.exists(summary)) {
        TrainResult done = completedResult(identity, summary);
        log.started(o.method(), done.updates(), done.updates());
        log.note("rdrop train: " + out + " is already complete");
        return done;
      }
      restored = store.latest();
      if (restored.isPresent() && !restored.get().identity().equals(identity.hash())) {
        throw new IllegalStateException("checkpoint in " + store.dir() + " belongs to another run identity");
      }
    } else {
      identity.write(runJson);
    }
    log.started(o.method(), restored.map(Checkpoint::updates).orElse(0L),
        totalUpdates(c.schedule().maxUpdates(), c.schedule().maxEpochs(), train.size()));
    log.note(String.format(Locale.ROOT, "rdrop train: identity %s, %s, %d threads, %d batches%s",
        identity.shortHash(), device, c.threads(), train.size(),
        restored.map(k -> ", resuming after update " + k.updates()).orElse("")));

    try (NDManager manager = NDManager.newBaseManager(device);
        SequenceModel model = Models.create(c.model(), o.vocabSize());
        FairseqAdam adam = new FairseqAdam(c.optimizer().betas().get(0), c.optimizer().betas().get(1),
            c.optimizer().eps(), c.optimizer().weightDecay())) {
      model.initialize(manager, c.seed(), restored.map(Checkpoint::params).orElse(null));
      List<Shape> shapes = new ArrayList<>(model.parameters().shapes().values());
      if (restored.isPresent()) {
        Checkpoint k = restored.get();
        adam.restore(manager, shapes, k.adamM(), k.adamV(), k.adamSteps());
      } else {
        adam.initialize(manager, shapes);
      }
      return new Loop(engine, manager, model, adam, train, valid, identity, store, restored.orElse(null)).run();
    }
  }

  /** The loop proper, with its position in the data. */
  private final class Loop {
    private final NDManager manager;
    private final SequenceModel model;
    private final FairseqAdam adam;
    private final List<PaddedBatch> train;
    private final List<PaddedBatch> valid;
    private final RunIdentity identity;
    private final CheckpointStore store;
    private final UpdateStep step;
    private final ChunkedRDropLoss validLoss;
    private EarlyStopping stopping = new EarlyStopping(c.convergence());
    private long updates;
    private int epoch = 1;
    private int pos;
    private long lastCheckpoint = -1;

    Loop(Engine engine, NDManager manager, SequenceModel model, FairseqAdam adam, List<PaddedBatch> train,
        List<PaddedBatch> valid, RunIdentity identity, CheckpointStore store, Checkpoint restored) {
      this.manager = manager;
      this.model = model;
      this.adam = adam;
      this.train = train;
      this.valid = valid;
      this.identity = identity;
      this.store = store;
      var r = c.regularization();
      ChunkedRDropLoss loss = new ChunkedRDropLoss(r.labelSmoothing(), r.alpha(), Consistency.parse(r.consistency()));
      this.validLoss = new ChunkedRDropLoss(r.labelSmoothing(), 0, Consistency.KL);
      this.step = new UpdateStep(engine, manager, model, loss, adam, c);
      if (restored != null) {
        updates = restored.updates();
        epoch = restored.epoch();
        pos = restored.batchInEpoch();
        lastCheckpoint = restored.updates();
      }
    }

    TrainResult run() throws IOException {
      MethodDirectory dir = new MethodDirectory(o.out());
      Path curvePartial = MethodDirectory.partial(dir.curve());
      Path validPartial = MethodDirectory.partial(dir.valid());
      boolean resumed = lastCheckpoint >= 0;
      Checkpoint k = resumed ? store.latest().orElseThrow() : null;
      if (resumed) {
        // Killed while finishing: the logs may already carry their final names.
        unfinish(dir.curve(), curvePartial);
        unfinish(dir.valid(), validPartial);
      }
      long maxUpdates = c.schedule().maxUpdates();
      int maxEpochs = c.schedule().maxEpochs();
      long stepsRun = 0;
      long tokensRun = 0;
      long maskNanos = 0;
      double lastLoss = Double.NaN;
      long t0 = System.nanoTime();
      try (TsvLog curve = resumed
              ? TsvLog.resume(curvePartial, Curve.CURVE_HEADER, k.curveBytes())
              : TsvLog.create(curvePartial, Curve.CURVE_HEADER);
          TsvLog validLog = valid.isEmpty() ? null : resumed
              ? TsvLog.resume(validPartial, Curve.VALID_HEADER, k.validBytes())
              : TsvLog.create(validPartial, Curve.VALID_HEADER)) {
        if (resumed && validLog != null) {
          // The patience count and the best checkpoint follow from the validations the checkpoint kept.
          stopping = EarlyStopping.replay(c.convergence(), Curve.readValid(validPartial));
        }
        int[] order = BatchOrder.forEpoch(c.seed(), epoch, train.size());
        while ((maxUpdates == 0 || updates < maxUpdates) && (maxEpochs == 0 || epoch <= maxEpochs)
            && !stopping.shouldStop()) {
          PaddedBatch batch = train.get(order[pos]);
          int batchEpoch = epoch;
          UpdateStep.Outcome r = step.run(updates, batch, checkpointName());
          updates++;
          Curve.Row row = new Curve.Row(updates, batchEpoch, r.passes(), r.sentences(), r.tokens(), r.lr(),
              r.loss(), r.nll(), r.kl(), r.gradNorm());
          curve.append(row.cells());
          stepsRun++;
          tokensRun += r.tokens();
          maskNanos += r.maskNanos();
          lastLoss = r.loss();
          if (++pos == train.size()) {
            pos = 0;
            epoch++;
            order = BatchOrder.forEpoch(c.seed(), epoch, train.size());
          }
          log.updated(row);
          FaultPoint.afterUpdate(o.method().label(), updates);
          if (updates % c.checkpointEvery() == 0) {
            checkpoint(curve, validLog);
          }
          if (o.stopAfter() > 0 && updates >= o.stopAfter()) {
            curve.flush();
            double secs = (System.nanoTime() - t0) / 1e9;
            TrainTiming.record(dir.root(), updates, stepsRun, secs);
            return new TrainResult(identity.hash(), updates, false, lastLoss, null, stepsRun, secs, maskNanos / 1e9, tokensRun);
          }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (lastCheckpoint != updates) {
          checkpoint(curve, validLog);
        }
        String paramsSha = finish(curve, validLog, curvePartial, validPartial);
        TrainTiming.record(dir.root(), updates, stepsRun, secs);
        return new TrainResult(identity.hash(), updates, true, lastLoss, paramsSha, stepsRun, secs, maskNanos / 1e9, tokensRun);
      }
    }

    private void unfinish(Path finalName, Path partial) throws IOException {
      if (!Files.exists(partial) && Files.exists(finalName)) {
        Files.move(finalName, partial, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    }

    private String checkpointName() {
      return lastCheckpoint < 0 ? null : store.dir().resolve(CheckpointStore.fileName(lastCheckpoint)).toString();
    }

    /** Validation row (if any), logs flushed, then the checkpoint that records their lengths. */
    private void checkpoint(TsvLog curve, TsvLog validLog) throws IOException {
      long validBytes = 0;
      if (validLog != null) {
        Curve.ValidRow row = validate();
        validLog.append(row.cells());
        validBytes = validLog.flush();
        stopping.validated(row);
      }
      long curveBytes = curve.flush();
      LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
      model.parameters().shapes().forEach((n, s) -> shapes.put(n, s.getShape()));
      store.write(new Checkpoint(identity.hash(), updates, epoch, pos, curveBytes, validBytes,
          model.parameters().snapshot(), shapes, adam.steps(), adam.exportFirstMoments(), adam.exportSecondMoments()),
          c.convergence().averageLast(), keepBest());
      lastCheckpoint = updates;
    }

    /** The best checkpoint, kept past pruning when it becomes the final model. */
    private java.util.Set<Long> keepBest() {
      return c.convergence().finalModel().equals("best") && stopping.bestStep().isPresent()
          ? java.util.Set.of(stopping.bestStep().getAsLong()) : java.util.Set.of();
    }

    private Curve.ValidRow validate() {
      double lossSum = 0;
      double nllSum = 0;
      long tokens = 0;
      long sentences = 0;
      for (PaddedBatch b : valid) {
        try (NDScope scope = new NDScope()) {
          scope.suppressNotUsedWarning();
          NDArray h = model.features(DropoutContext.inference(), manager, b);
          ChunkedRDropLoss.Result t =
              validLoss.compute(h, model.outputWeight(), model.outputBias(), b.target(), b.rows(), 1, false);
          lossSum += t.total();
          nllSum += t.nll();
          tokens += t.tokens();
          sentences += b.rows();
        }
      }
      return new Curve.ValidRow(updates, sentences, tokens, lossSum / tokens, nllSum / tokens);
    }

    /**
     * Why training stopped, the best validation and which checkpoints model.params comes from: what a
     * report needs to say whether a method converged.
     */
    private TreeMap<String, Object> convergenceSummary(FinalModel chosen) {
      TreeMap<String, Object> v = new TreeMap<>();
      long maxUpdates = c.schedule().maxUpdates();
      v.put("stopped_by", stopping.shouldStop() ? "patience"
          : maxUpdates > 0 && updates >= maxUpdates ? "max_updates" : "max_epochs");
      v.put("best_metric", c.convergence().bestMetric());
      v.put("best_update", stopping.bestStep().isPresent() ? stopping.bestStep().getAsLong() : null);
      v.put("best_value", stopping.bestStep().isPresent() ? stopping.best() : null);
      v.put("validations_since_best", stopping.bestStep().isPresent() ? stopping.sinceBest() : null);
      v.put("final_model", chosen.kind());
      v.put("final_model_updates", chosen.updates());
      return v;
    }

    private String finish(TsvLog curve, TsvLog validLog, Path curvePartial, Path validPartial) throws IOException {
      MethodDirectory dir = new MethodDirectory(o.out());
      LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
      model.parameters().shapes().forEach((n, s) -> shapes.put(n, s.getShape()));
      Path params = dir.params();
      FinalModel chosen = FinalModel.choose(c.convergence(), store, stopping, updates, model.parameters().snapshot());
      ParamsFile.write(params, new ParamsFile.Tensors(chosen.params(), shapes));
      curve.finish(dir.curve());
      if (validLog != null) {
        validLog.finish(dir.valid());
      }
      String paramsSha = Sha256.of(params);
      TreeMap<String, Object> s = new TreeMap<>();
      s.put("identity_sha256", identity.hash());
      s.put("updates", updates);
      s.put("epoch", epoch);
      s.put("params_sha256", paramsSha);
      s.put("curve_sha256", Sha256.of(dir.curve()));
      if (validLog != null) {
        s.put("valid_sha256", Sha256.of(dir.valid()));
      }
      s.put("parameter_count", model.parameters().count());
      s.put("convergence", convergenceSummary(chosen));
      AtomicFiles.writeString(dir.summary(),
          RunIdentity.CANONICAL.writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n");
      return paramsSha;
    }
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
    return new TrainResult(identity.hash(), ((Number) s.get("updates")).longValue(), true, Double.NaN,
        (String) s.get("params_sha256"), 0, 0, 0, 0);
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
        Models.checkBatch(c.model(), batches.get(i), b, o.vocabSize());
        out.add(b);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": batch " + i + " " + e.getMessage(), e);
      }
    }
    return out;
  }

  private RunIdentity identity(Engine engine, Device device) throws IOException {
    TreeMap<String, Object> f = new TreeMap<>();
    f.put("config", c);
    f.put("method", o.method().label());
    f.put("vocab_size", o.vocabSize());
    TreeMap<String, Object> data = new TreeMap<>();
    data.put("batches_sha256", Sha256.of(o.batches()));
    data.put("valid_sha256", o.valid() != null ? Sha256.of(o.valid()) : null);
    f.put("data", data);
    f.put("platform", PlatformFingerprint.capture(engine, device));
    // The launcher passes the code version (-Drdrop.code.version); a jar carries its own otherwise.
    String version = System.getProperty("rdrop.code.version", Trainer.class.getPackage().getImplementationVersion());
    f.put("trainer_version", version != null ? version : "development");
    return new RunIdentity(f);
  }
}
