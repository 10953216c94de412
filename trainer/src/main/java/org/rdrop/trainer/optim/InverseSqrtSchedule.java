package org.rdrop.trainer.optim;

/**
 * fairseq's {@code inverse_sqrt} schedule. The update with index n (0-based: n updates already done)
 * uses lr(n) = warmup_init_lr + n * (lr - warmup_init_lr) / warmup_updates while n < warmup_updates, and
 * lr * sqrt(warmup_updates) / sqrt(n) afterwards: fairseq sets the optimizer's rate to lr(num_updates)
 * after each update, and to warmup_init_lr before the first.
 */
public final class InverseSqrtSchedule {
  private final double lr;
  private final int warmupUpdates;
  private final double warmupInitLr;

  public InverseSqrtSchedule(double lr, int warmupUpdates, double warmupInitLr) {
    if (warmupUpdates < 1) {
      // fairseq would set the decay factor to 0 and train with lr 0 after the first update.
      throw new IllegalArgumentException("schedule.warmup_updates must be >= 1 for inverse_sqrt");
    }
    if (!(lr > 0) || !(warmupInitLr >= 0)) {
      throw new IllegalArgumentException("need lr > 0 and warmup_init_lr >= 0");
    }
    this.lr = lr;
    this.warmupUpdates = warmupUpdates;
    this.warmupInitLr = warmupInitLr;
  }

  /** The learning rate of the update that follows {@code updatesDone} completed updates. */
  public double lr(long updatesDone) {
    if (updatesDone < warmupUpdates) {
      double step = (lr - warmupInitLr) / warmupUpdates;
      return warmupInitLr + updatesDone * step;
    }
    return lr * Math.sqrt(warmupUpdates) * StrictMath.pow(updatesDone, -0.5);
  }
}
