package org.rdrop.trainer.loop;

import java.nio.file.Path;
import java.util.Objects;
import org.rdrop.format.Method;
import org.rdrop.trainer.config.TrainConfig;

/**
 * One training job; made with {@link #builder()}.
 *
 * @param batches training batch file
 * @param valid validation batch file, or null
 * @param config the effective train config (method, overrides already applied)
 * @param method recorded in the identity
 * @param vocabSize dictionary size (specials included)
 * @param out run directory
 * @param resume continue from the newest checkpoint in {@code out}
 * @param stopAfter stop (as if interrupted) once this many updates are done; 0 = never. Not part of the
 *     identity: it simulates an interruption for tests and diagnostics.
 * @param progress told about each update, for a display on stderr (never into output files); null = silent
 */
public record TrainOptions(
    Path batches,
    Path valid,
    TrainConfig config,
    Method method,
    int vocabSize,
    Path out,
    boolean resume,
    long stopAfter,
    TrainProgress progress) {

  public static Builder builder() {
    return new Builder();
  }

  /** Names each part of a job; batches, config, method and out are required. */
  public static final class Builder {
    private Path batches;
    private Path valid;
    private TrainConfig config;
    private Method method;
    private int vocabSize;
    private Path out;
    private boolean resume;
    private long stopAfter;
    private TrainProgress progress;

    private Builder() {}

    public Builder batches(Path batches) {
      this.batches = batches;
      return this;
    }

    /** The validation batch file; null (the default) trains without validation. */
    public Builder valid(Path valid) {
      this.valid = valid;
      return this;
    }

    public Builder config(TrainConfig config) {
      this.config = config;
      return this;
    }

    public Builder method(Method method) {
      this.method = method;
      return this;
    }

    public Builder vocabSize(int vocabSize) {
      this.vocabSize = vocabSize;
      return this;
    }

    public Builder out(Path out) {
      this.out = out;
      return this;
    }

    public Builder resume(boolean resume) {
      this.resume = resume;
      return this;
    }

    public Builder stopAfter(long stopAfter) {
      this.stopAfter = stopAfter;
      return this;
    }

    public Builder progress(TrainProgress progress) {
      this.progress = progress;
      return this;
    }

    public TrainOptions build() {
      Objects.requireNonNull(batches, "batches");
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(out, "out");
      return new TrainOptions(batches, valid, config, method, vocabSize, out, resume, stopAfter, progress);
    }
  }
}
