package org.rdrop.trainer.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rdrop.format.Curve;
import org.rdrop.trainer.checkpoint.Checkpoint;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.loss.ChunkedRDropLoss;
import org.rdrop.trainer.loss.Consistency;
import org.rdrop.trainer.loss.Objective;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;

/**
 * Validates at every checkpoint (checkpoint_every is also the validation interval): the loss and nll of the
 * validation batches without dropout, one row of valid.tsv, and {@link EarlyStopping} told of it. Runs before
 * the checkpoint is written, which then records the log's length and keeps the best checkpoint.
 */
final class Validation implements TrainingListener {
  /** What is validated, on which batches. */
  record Data(NDManager manager, SequenceModel model, List<PaddedBatch> batches, TrainConfig config) {}

  private final Data data;
  private final Objective loss;
  private final EarlyStopping stopping;
  private final TsvLog log;

  /**
   * @param restored the checkpoint a resumed run continues from, or null; the validations it kept are
   *     replayed into {@code stopping}, whose state is a function of them
   */
  Validation(Data data, EarlyStopping stopping, Path file, Checkpoint restored) throws IOException {
    this.data = data;
    this.loss = Objective.of(Models.regression(data.config().model()),
        data.config().regularization().labelSmoothing(), 0, Consistency.KL);
    this.stopping = stopping;
    this.log = TsvLog.open(file, Curve.VALID_HEADER, restored != null ? restored.validBytes() : null);
    if (restored != null) {
      Curve.readValid(log.file()).forEach(stopping::validated);
    }
  }

  /** The log's length at the last checkpoint: what the checkpoint records. */
  long checkpointedBytes() {
    return log.flushed();
  }

  @Override
  public void onCheckpoint(Position at) throws IOException {
    Curve.ValidRow row = validate(at.updates());
    log.append(row.cells());
    log.flush();
    stopping.validated(row);
  }

  private Curve.ValidRow validate(long updates) {
    double lossSum = 0;
    double nllSum = 0;
    long tokens = 0;
    long sentences = 0;
    SequenceModel model = data.model();
    for (PaddedBatch b : data.batches()) {
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        NDArray h = model.features(DropoutContext.inference(), data.manager(), b);
        ChunkedRDropLoss.Result t =
            loss.compute(h, model.outputWeight(), model.outputBias(), b.target(), b.rows(), 1, false);
        lossSum += t.total();
        nllSum += t.nll();
        tokens += t.tokens();
        sentences += b.rows();
      }
    }
    return new Curve.ValidRow(updates, sentences, tokens, lossSum / tokens, nllSum / tokens);
  }

  @Override
  public void onTrainingEnd(Position at, Map<String, Object> summary) throws IOException {
    summary.put("valid_sha256", log.finish());
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
