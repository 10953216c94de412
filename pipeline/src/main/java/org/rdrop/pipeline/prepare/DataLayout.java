package org.rdrop.pipeline.prepare;

import java.nio.file.Path;

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
  public static final String DATA_DIR = "data";

  protected final Path data;

  protected DataLayout(Path runDir) {
    this.data = runDir.toAbsolutePath().resolve(DATA_DIR);
  }

  public Path dataDir() {
    return data;
  }

  public Path dictionary() {
    return data.resolve("dict.txt");
  }

  public Path ids(String split) {
    return data.resolve(split + ".ids.tsv");
  }

  public Path batches(String split) {
    return data.resolve(split + ".batches");
  }

  public Path statistics() {
    return data.resolve("statistics.tsv");
  }
}
