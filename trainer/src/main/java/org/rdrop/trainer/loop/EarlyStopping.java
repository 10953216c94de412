package org.rdrop.trainer.loop;

import java.util.List;
import java.util.OptionalLong;
import org.rdrop.format.Curve;
import org.rdrop.trainer.config.TrainConfig;

/**
 * fairseq's {@code --patience} and best-checkpoint tracking, told about every validation: a validation
 * improves when its {@code best_metric} is strictly lower than the best so far; training stops once
 * {@code patience} validations in a row did not improve (patience 0: never). Its state is a function of
 * the validation log, so a resumed run rebuilds it from valid.tsv as the checkpoint left it
 * ({@link #replay}) instead of storing it.
 */
public final class EarlyStopping {
  private final TrainConfig.Convergence settings;
  private long bestStep = -1;
  private double best = Double.NaN;
  private int sinceBest;

  public EarlyStopping(TrainConfig.Convergence settings) {
    this.settings = settings;
  }

  /** The state after the validations {@code rows}, in order. */
  public static EarlyStopping replay(TrainConfig.Convergence settings, List<Curve.ValidRow> rows) {
    EarlyStopping s = new EarlyStopping(settings);
    rows.forEach(s::validated);
    return s;
  }

  /** Records a validation; true when it is the new best. */
  public boolean validated(Curve.ValidRow row) {
    double v = value(row);
    if (bestStep < 0 || v < best) {
      best = v;
      bestStep = row.step();
      sinceBest = 0;
      return true;
    }
    sinceBest++;
    return false;
  }

  /** The value this run's {@code best_metric} takes in a validation row. */
  public double value(Curve.ValidRow row) {
    return settings.bestMetric().equals("nll") ? row.nll() : row.loss();
  }

  public boolean shouldStop() {
    return settings.patience() > 0 && sinceBest >= settings.patience();
  }

  /** The update of the best validation so far, if any. */
  public OptionalLong bestStep() {
    return bestStep < 0 ? OptionalLong.empty() : OptionalLong.of(bestStep);
  }

  /** The best value so far (NaN before the first validation). */
  public double best() {
    return best;
  }

  /** Validations since the best one. */
  public int sinceBest() {
    return sinceBest;
  }
}
