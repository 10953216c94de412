package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.RunDirectory;

/**
 * The files of {@code <run>/data/} that every task's preparation writes under the same names, because
 * the trainer and the evaluation read them whatever the task: {@code dict.txt}, {@code <split>.ids.tsv},
 * {@code <split>.batches} and {@code statistics.tsv}. Each task's layout adds its own files.
 *
 * <p>Paths are made absolute here, on the driver: DoFns carry them to workers whose working directory
 * may differ (a Flink task manager's is not the client's), so a relative run directory would land
 * elsewhere.
 */
public abstract class DataLayout {
  protected final DataDirectory data;

  protected DataLayout(Path runDir) {
    this.data = RunDirectory.of(runDir).data();
  }

  public Path dictionary() {
    return data.dictionary();
  }

  public Path ids(String split) {
    return data.ids(split);
  }

  public Path batches(String split) {
    return data.batches(split);
  }

  public Path statistics() {
    return data.statistics();
  }
}
