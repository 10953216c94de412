package org.rdrop.trainer.loop;

import java.io.PrintStream;
import java.util.Locale;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;

/**
 * What the training loop tells about its progress, for a display on stderr (never for output files).
 * The loop calls it from its own thread, once per update: implementations must be cheap.
 */
public interface TrainProgress {
  /** A one-line message (identity, resume point). */
  void note(String line);

  /**
   * Training of {@code method} starts (or resumes) with {@code done} of {@code total} updates behind it;
   * {@code total} is the update at which the loop will stop (the smaller of max_updates and max_epochs x
   * batches; 0 = unbounded). A run that is already complete reports {@code done == total}.
   */
  void started(Method method, long done, long total);

  /** One update finished; {@code row.step()} is the number of updates done so far. */
  void updated(Curve.Row row);

  /** Progress that goes nowhere. */
  TrainProgress NONE = new TrainProgress() {
    @Override
    public void note(String line) {}

    @Override
    public void started(Method method, long done, long total) {}

    @Override
    public void updated(Curve.Row row) {}
  };

  /**
   * The trainer's plain log, for the trainer's own command line (containers, CI logs): the notes, and a
   * "step N/TOTAL" line with losses and the rate measured since the start, twenty times per run.
   */
  static TrainProgress lines(PrintStream out) {
    return new TrainProgress() {
      private long total;
      private long first;
      private long logEvery = 1;
      private long tokens;
      private long t0;

      @Override
      public void note(String line) {
        out.println(line);
      }

      @Override
      public void started(Method method, long done, long total) {
        this.total = total;
        this.first = done;
        this.logEvery = Math.max(1, (total > 0 ? total : 1000) / 20);
        this.tokens = 0;
        this.t0 = System.nanoTime();
      }

      @Override
      public void updated(Curve.Row r) {
        tokens += r.tokens();
        if (r.step() % logEvery == 0 || r.step() == total) {
          double secs = (System.nanoTime() - t0) / 1e9;
          out.printf(Locale.ROOT, "step %d%s epoch %d loss %.4f nll %.4f kl %.4f lr %.3g | %.2f steps/s %.0f tok/s%n",
              r.step(), total > 0 ? "/" + total : "", r.epoch(), r.loss(), r.nll(), r.kl(), r.lr(),
              (r.step() - first) / secs, tokens / secs);
        }
      }
    };
  }
}
