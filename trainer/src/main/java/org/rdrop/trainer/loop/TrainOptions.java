package org.rdrop.trainer.loop;

import java.nio.file.Path;
import org.rdrop.format.Method;
import org.rdrop.trainer.config.TrainConfig;

/**
 * One training job.
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
    TrainProgress progress) {}
