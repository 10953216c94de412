package org.rdrop.trainer.data;

import org.rdrop.random.KeyedRandom;

/** The order in which an epoch visits the batches: a function of (seed, epoch) only. */
public final class BatchOrder {
  /** The purpose name under which batch orders are drawn. */
  public static final String PURPOSE = "batch-order";

  private BatchOrder() {}

  /** A permutation of batch indices for 1-based {@code epoch}, as fairseq shuffles batches each epoch. */
  public static int[] forEpoch(long seed, int epoch, int numBatches) {
    if (epoch < 1) {
      throw new IllegalArgumentException("epochs count from 1: " + epoch);
    }
    return KeyedRandom.of(seed, PURPOSE).permutation(epoch, numBatches);
  }
}
