package org.rdrop.trainer.loop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.rdrop.format.Curve;
import org.rdrop.trainer.checkpoint.Checkpoint;

/** Writes curve.tsv: one {@link Curve.Row} per update. */
final class CurveLogger implements TrainingListener {
  private final TsvLog log;

  /** {@code restored}: the checkpoint a resumed run continues from (its log length), or null. */
  CurveLogger(Path file, Checkpoint restored) throws IOException {
    this.log = TsvLog.open(file, Curve.CURVE_HEADER, restored != null ? restored.curveBytes() : null);
  }

  /** The log's length at the last checkpoint: what the checkpoint records. */
  long checkpointedBytes() {
    return log.flushed();
  }

  @Override
  public void onUpdate(Curve.Row row, long maskNanos) throws IOException {
    log.append(row.cells());
  }

  @Override
  public void onCheckpoint(Position at) throws IOException {
    log.flush();
  }

  @Override
  public void onLoopEnd(Position at, boolean completed) throws IOException {
    if (!completed) {
      log.flush(); // readable as it is until the run resumes
    }
  }

  @Override
  public void onTrainingEnd(Position at, Map<String, Object> summary) throws IOException {
    summary.put("curve_sha256", log.finish());
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
