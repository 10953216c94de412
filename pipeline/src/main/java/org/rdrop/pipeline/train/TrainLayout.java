package org.rdrop.pipeline.train;

import org.rdrop.pipeline.prepare.DataLayout;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.trainer.loop.Method;

/**
 * Where training reads and writes in a run directory: it reads {@code data/train.batches},
 * {@code data/valid.batches} and {@code data/dict.txt}, and writes one directory per method
 * ({@code baseline/}, {@code rdrop/}) in the trainer's layout (trainer/README.md).
 */
public final class TrainLayout {
  /** The trainer's files that a finished run keeps (checkpoints are pruned as training goes, so they are not listed). */
  public static final List<String> OUTPUTS =
      List.of("run.json", "curve.tsv", "valid.tsv", "model.params", "summary.json");

  private final Path runDir;

  public TrainLayout(Path runDir) {
    this.runDir = runDir;
  }

  public Path trainBatches() {
    return runDir.resolve(DataLayout.DATA_DIR).resolve("train.batches");
  }

  public Path validBatches() {
    return runDir.resolve(DataLayout.DATA_DIR).resolve("valid.batches");
  }

  public Path dictionary() {
    return runDir.resolve(DataLayout.DATA_DIR).resolve("dict.txt");
  }

  public Path methodDir(Method m) {
    return runDir.resolve(m.label());
  }
}
