package org.rdrop.pipeline.eval;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.rdrop.bleu.BleuStats;

/**
 * Sums sentence statistics into corpus statistics. Addition of integers is associative and
 * commutative, so the sum (and the score made from it) does not depend on how Beam splits and
 * orders the work.
 */
public final class SumBleuStats extends Combine.CombineFn<BleuStats, BleuStats, BleuStats> {
  private static final long serialVersionUID = 1L;

  @Override
  public BleuStats createAccumulator() {
    return BleuStats.ZERO;
  }

  @Override
  public BleuStats addInput(BleuStats acc, BleuStats input) {
    return acc.plus(input);
  }

  @Override
  public BleuStats mergeAccumulators(Iterable<BleuStats> accs) {
    return BleuStats.sum(accs);
  }

  @Override
  public BleuStats extractOutput(BleuStats acc) {
    return acc;
  }

  @Override
  public Coder<BleuStats> getAccumulatorCoder(CoderRegistry registry, Coder<BleuStats> inputCoder) {
    return BleuCoders.Stats.of();
  }

  @Override
  public Coder<BleuStats> getDefaultOutputCoder(CoderRegistry registry, Coder<BleuStats> inputCoder) {
    return BleuCoders.Stats.of();
  }
}
