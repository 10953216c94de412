package org.rdrop.trainer.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rdrop.format.Curve;
import org.rdrop.format.MethodDirectory;
import org.rdrop.trainer.checkpoint.Checkpoint;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutMasks;
import org.rdrop.trainer.dropout.MaskBuffers;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.loss.Objective;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;

/**
 * The R-Drop authors' diagnostic, for both methods: at every validation, R-Drop's consistency term on
 * validation data, i.e. the symmetric KL per target token between two forward passes of each validation
 * batch with dropout on and no gradient, computed by the training objective's own code
 * ({@link ChunkedRDropLoss}, two passes, alpha 0). One row of dropout-kl.tsv per validation; without R-Drop
 * it is expected to grow, with R-Drop it stays small.
 *
 * <p>The masks never come from the training stream: batch i at the validation after update n (n updates
 * done) draws site s, pass p from purpose {@code diagnostic-dropout-kl/batch<i>/dropout/<s>/pass<p>} at
 * generator step n (the training masks' purposes have no prefix), so training stays bit-identical to a run
 * without the diagnostic. The passes' rates are those of R-Drop's two passes (train.regularization).
 *
 * <p>A resumed run keeps the rows up to its checkpoint's update (one per validation, as valid.tsv) and
 * drops the rest, so nothing needs to be recorded in the checkpoint.
 */
final class DropoutKl implements TrainingListener {
  /** The purpose prefix of the diagnostic's masks. */
  static final String PURPOSE = "diagnostic-dropout-kl";

  /**
   * The leading validation batches measured (all of them when there are fewer). Measured on bible-en-es
   * (15 validation batches, checkpoint every 200 baseline updates, a loaded 2-core machine): the whole split
   * cost 11-14 % of the training time between two validations, the first 6 batches 3-5 %.
   */
  static final int MAX_BATCHES = 6;

  /** What is measured, on which batches (all validation batches; the first {@link #MAX_BATCHES} are used). */
  record Data(NDManager manager, SequenceModel model, List<PaddedBatch> batches, TrainConfig config) {}

  private final Data data;
  private final Objective loss;
  private final double[] rates;
  /** Mask memory reused from batch to batch, as training's (a fresh direct buffer per mask is left to the GC). */
  private final MaskBuffers maskBuffers = new MaskBuffers();
  private final TsvLog log;

  /** {@code restored}: the checkpoint a resumed run continues from, or null. */
  DropoutKl(Data data, Path file, Checkpoint restored) throws IOException {
    this.data = data;
    var r = data.config().regularization();
    this.loss = Objective.of(Models.regression(data.config().model()), r.labelSmoothing(), 0, Consistency.KL);
    this.rates = new double[2];
    for (int p = 0; p < 2; p++) {
      rates[p] = data.config().passDropout(p < r.passes() ? p : 0);
    }
    this.log = TsvLog.open(file, Curve.DROPOUT_KL_HEADER,
        restored != null ? lengthThrough(file, restored.updates()) : null);
  }

  @Override
  public void onCheckpoint(Position at) throws IOException {
    log.append(measure(at.updates()).cells());
    log.flush();
  }

  /** The diagnostic after {@code updates} updates. */
  Curve.DropoutKlRow measure(long updates) {
    var r = data.config().regularization();
    double klSum = 0;
    long tokens = 0;
    List<PaddedBatch> batches = data.batches();
    SequenceModel model = data.model();
    for (int i = 0; i < Math.min(MAX_BATCHES, batches.size()); i++) {
      PaddedBatch b = batches.get(i);
      DropoutMasks masks = DropoutMasks.keyed(data.config().seed(), PURPOSE + "/batch" + i);
      DropoutContext ctx = DropoutContext.training(masks, updates, rates, r.attentionDropout(), r.activationDropout())
          .withBuffers(maskBuffers);
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        NDArray h = model.features(ctx, data.manager(), b);
        ChunkedRDropLoss.Result t =
            loss.compute(h, model.outputWeight(), model.outputBias(), b.target(), b.rows(), 2, false);
        klSum += t.consistency();
        tokens += t.tokens();
      }
      maskBuffers.recycle(); // the batch's tensors are closed
    }
    return new Curve.DropoutKlRow(updates, tokens, klSum / tokens);
  }

  /**
   * The bytes of the log (under its partial name, or its final one when a kill came as training finished)
   * that hold the header and the rows up to update {@code updates}: what a run resumed from that update keeps.
   */
  static long lengthThrough(Path finalName, long updates) throws IOException {
    Path partial = MethodDirectory.partial(finalName);
    Path file = Files.exists(partial) || !Files.exists(finalName) ? partial : finalName;
    if (!Files.exists(file)) {
      throw new IOException(partial + " is missing: it holds the rows a run resumed after update " + updates
          + " continues");
    }
    byte[] bytes = Files.readAllBytes(file);
    long kept = -1;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      if (kept >= 0) {
        String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        int tab = line.indexOf('\t');
        long step;
        try {
          step = Long.parseLong(tab < 0 ? line : line.substring(0, tab));
        } catch (NumberFormatException e) {
          throw new IOException(file + ": a line after the header does not start with a step", e);
        }
        if (step > updates) {
          break;
        }
      }
      kept = i + 1;
      start = i + 1;
    }
    if (kept < 0) {
      throw new IOException(file + ": no header line");
    }
    return kept;
  }

  @Override
  public void onTrainingEnd(Position at, Map<String, Object> summary) throws IOException {
    summary.put("dropout_kl_sha256", log.finish());
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
