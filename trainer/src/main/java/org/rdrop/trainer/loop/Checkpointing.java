package org.rdrop.trainer.loop;

import java.io.IOException;
import java.util.LinkedHashMap;
import org.rdrop.trainer.checkpoint.Checkpoint;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.optim.FairseqAdam;

/**
 * Writes a checkpoint whenever one is due: the parameters, Adam's state, the loop's position and the
 * lengths of the logs, which are flushed by then (it runs after the loggers and the validation). Pruning
 * keeps what the final model will be chosen from ({@link FinalModel.Retention}).
 */
final class Checkpointing implements TrainingListener {
  /** What a checkpoint saves besides the position: the state that decides every next update. */
  record State(String identity, SequenceModel model, FairseqAdam adam) {}

  private final CheckpointStore store;
  private final State state;
  private final CurveLogger curve;
  private final Validation validation;
  private final FinalModel.Retention retention;

  /** {@code validation}: null when the run has no validation data (the checkpoint records length 0). */
  Checkpointing(CheckpointStore store, State state, CurveLogger curve, Validation validation,
      FinalModel.Retention retention) {
    this.store = store;
    this.state = state;
    this.curve = curve;
    this.validation = validation;
    this.retention = retention;
  }

  @Override
  public void onCheckpoint(Position at) throws IOException {
    SequenceModel model = state.model();
    FairseqAdam adam = state.adam();
    LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
    model.parameters().shapes().forEach((n, s) -> shapes.put(n, s.getShape()));
    long validBytes = validation != null ? validation.checkpointedBytes() : 0;
    store.write(new Checkpoint(state.identity(), at.updates(), at.epoch(), at.batchInEpoch(), curve.checkpointedBytes(),
        validBytes, model.parameters().snapshot(), shapes, adam.steps(), adam.exportFirstMoments(),
        adam.exportSecondMoments()), retention.newest(), retention.also());
  }
}
