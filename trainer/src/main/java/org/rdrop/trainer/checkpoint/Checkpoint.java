package org.rdrop.trainer.checkpoint;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Everything needed to continue training bit-identically.
 *
 * @param identity the run identity hash the checkpoint belongs to
 * @param updates updates completed (the next update has 0-based index {@code updates})
 * @param epoch 1-based epoch of the next batch
 * @param batchInEpoch position of the next batch within the epoch's order
 * @param curveBytes length of the curve log when the checkpoint was taken
 * @param validBytes length of the validation log when the checkpoint was taken
 * @param params parameter values by name, canonical order
 * @param shapes parameter shapes by name, same order
 * @param adamSteps the optimizer's update count (bias correction)
 * @param adamM first moments, same order as params
 * @param adamV second moments, same order as params
 */
public record Checkpoint(
    String identity,
    long updates,
    int epoch,
    int batchInEpoch,
    long curveBytes,
    long validBytes,
    LinkedHashMap<String, float[]> params,
    LinkedHashMap<String, long[]> shapes,
    long adamSteps,
    List<float[]> adamM,
    List<float[]> adamV) {}
