package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
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

  /** Every file the task's preparation writes, each with the stage that produced it, in pipeline order. */
  public abstract List<PrepareLayout.Output> outputs();

  /** Lines files, one a split in split order ({@code file} gives a split's), that {@code stage} writes. */
  protected static List<PrepareLayout.Output> lines(Function<String, Path> file, String stage) {
    return PrepareLayout.SPLITS.stream()
        .map(split -> new PrepareLayout.Output(file.apply(split), stage, PrepareLayout.Output.Kind.LINES))
        .toList();
  }

  /** Each split's batch file, written by the stage {@code batch}. */
  protected List<PrepareLayout.Output> batchFiles() {
    return PrepareLayout.SPLITS.stream()
        .map(split -> new PrepareLayout.Output(batches(split), "batch", PrepareLayout.Output.Kind.BATCHES))
        .toList();
  }
}
