package org.rdrop.cli.progress;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;
import org.rdrop.trainer.loop.TrainProgress;

/**
 * The progress of a multi-stage command on stderr: stage name, elapsed time, ETA (see {@link RunEstimate}).
 * On an interactive terminal a live bar per stage (me.tongfei:progressbar); elsewhere (CI logs, files)
 * plain lines at every stage boundary and every {@link #LINE_EVERY}. Nothing of it reaches run outputs.
 * Training stages are named {@code train <method>} and begin when the trainer reports {@code started}.
 */
public final class RunProgress implements TrainProgress, AutoCloseable {
  static final Duration LINE_EVERY = Duration.ofSeconds(30);

  private final PrintStream err;
  private final List<String> plan;
  private final LongSupplier nanos;
  private final boolean interactive;
  private final RunEstimate estimate;
  private final long runStart;
  private ScheduledExecutorService ticker;

  private int stage = -1;
  private long stageStart;
  private Method training;
  private Curve.Row lastRow;
  private long lastLine;
  private ProgressBar bar;
  // Read by the bar's own thread; never call back into this (synchronized) object from there.
  private volatile Optional<Duration> barEta = Optional.empty();
  // Patience may end training before the update the ETAs count to: they are then upper bounds.
  private boolean etaIsBound;
  private boolean boundExplained;

  private RunProgress(PrintStream err, List<String> plan, List<Method> methods, LongSupplier nanos, boolean interactive) {
    this.err = err;
    this.plan = List.copyOf(plan);
    this.nanos = nanos;
    this.interactive = interactive;
    this.estimate = new RunEstimate(methods);
    this.runStart = nanos.getAsLong();
  }

  /**
   * Progress on stderr for the stages in {@code plan}; {@code methods} are the methods trained, in order.
   * A live bar when there is a console and a capable terminal, plain lines otherwise.
   */
  public static RunProgress open(List<String> plan, List<Method> methods) {
    String term = System.getenv("TERM");
    boolean interactive = System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    RunProgress p = new RunProgress(System.err, plan, methods, System::nanoTime, interactive);
    p.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rdrop-progress");
      t.setDaemon(true);
      return t;
    });
    p.ticker.scheduleAtFixedRate(p::tick, 1, 1, TimeUnit.SECONDS);
    return p;
  }

  /**
   * Says that training may stop before its last update (the experiment's patience): the estimates, which
   * count to max_updates or max_epochs, are then printed as upper bounds ({@code ETA <= ...}), and the first
   * training stage says why.
   */
  public synchronized void stopsByPatience(boolean patience) {
    etaIsBound = patience;
  }

  /** Plain lines to {@code out} on the given clock, ticked by the caller (tests). */
  static RunProgress plain(PrintStream out, List<String> plan, List<Method> methods, LongSupplier nanos) {
    return new RunProgress(out, plan, methods, nanos, false);
  }

  /** The name of the stage that trains {@code m}. */
  public static String trainStage(Method m) {
    return "train " + m.label();
  }

  /** Ends the current stage, if any, and begins {@code name} (one of the plan). */
  public synchronized void begin(String name) {
    int i = plan.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("stage '" + name + "' is not in the plan " + plan);
    }
    end();
    stage = i;
    stageStart = nanos.getAsLong();
    training = null;
    lastRow = null;
    barEta = Optional.empty();
    if (interactive) {
      ProgressBarBuilder b = new ProgressBarBuilder()
          .setTaskName(title())
          .setUpdateIntervalMillis(1000)
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .setEtaFunction(s -> barEta);
      if (!name.startsWith("train ")) {
        // No count to show: the stage's elapsed time and the run's, not an empty bar.
        b.setInitialMax(-1).setRenderer((state, width) -> state.getTaskName() + "  "
            + Durations.format(state.getTotalElapsed()) + "  " + state.getExtraMessage());
      }
      bar = b.build();
      bar.setExtraMessage(runPart());
    } else {
      line("started");
    }
  }

  /** Ends the current stage. */
  public synchronized void end() {
    if (stage < 0) {
      return;
    }
    Duration took = since(stageStart);
    if (training != null) {
      estimate.finished(training);
    }
    if (bar != null) {
      bar.setExtraMessage(runPart());
      bar.close();
      bar = null;
    } else {
      String rate = training == null ? "" : estimate.measuredSecondsPerUpdate(training)
          .map(spu -> String.format(Locale.ROOT, " (%.3f s/update)", spu)).orElse("");
      line("done in " + Durations.format(took) + rate + " | " + runPart());
    }
    stage = -1;
  }

  @Override
  public synchronized void note(String text) {
    if (bar != null) {
      synchronized (err) { // the bar's thread prints through err too: one whole line at a time
        err.print("\r\033[K");
        err.println(text);
      }
    } else {
      err.println(text);
    }
  }

  /** A stream whose lines become notes, for code that logs to a PrintStream. */
  public PrintStream notes() {
    return new PrintStream(new OutputStream() {
      private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

      @Override
      public synchronized void write(int b) {
        if (b == '\n') {
          note(pending.toString(StandardCharsets.UTF_8));
          pending.reset();
        } else {
          pending.write(b);
        }
      }
    }, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void started(Method method, long done, long total) {
    String name = trainStage(method);
    if (stage < 0 || !plan.get(stage).equals(name)) {
      begin(name);
    }
    training = method;
    estimate.started(method, done, total, nanos.getAsLong());
    if (etaIsBound && !boundExplained && total > done) {
      note(String.format(Locale.ROOT, "ETAs count to update %,d (max_updates or max_epochs); patience usually "
          + "stops training earlier", total));
      boundExplained = true;
    }
    if (bar != null && total > 0) {
      bar.maxHint(total);
      bar.stepTo(done);
    }
    refreshBar();
  }

  @Override
  public synchronized void updated(Curve.Row row) {
    if (training == null) {
      return;
    }
    estimate.updated(training, row.step(), nanos.getAsLong());
    lastRow = row;
    if (bar != null) {
      bar.stepTo(row.step());
    }
    refreshBar();
  }

  /** Called every second: prints the periodic plain line when it is due, refreshes the bar's message. */
  synchronized void tick() {
    refreshBar(); // the run's elapsed time in the bar's message
    if (!interactive && stage >= 0 && nanos.getAsLong() - lastLine >= LINE_EVERY.toNanos()) {
      line(status());
    }
  }

  @Override
  public synchronized void close() {
    end();
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  private void refreshBar() {
    if (bar == null) {
      return;
    }
    barEta = training == null ? Optional.empty() : estimate.remaining(training);
    bar.setExtraMessage((lastRow == null ? "" : String.format(Locale.ROOT, "loss %.4f | ", lastRow.loss())) + runPart());
  }

  /** What the current stage is doing, for the periodic line. */
  private String status() {
    if (training == null) {
      return "running, " + Durations.format(since(stageStart)) + " in this stage | " + runPart();
    }
    StringBuilder s = new StringBuilder();
    Optional<long[]> pos = estimate.position(training);
    if (pos.isPresent()) {
      long[] p = pos.get();
      s.append(String.format(Locale.ROOT, "update %d/%d (%d%%)", p[0], p[1], 100 * p[0] / p[1]));
    } else if (lastRow != null) {
      s.append("update ").append(lastRow.step());
    }
    estimate.secondsPerUpdate(training).ifPresent(spu -> s.append(String.format(Locale.ROOT, ", %.3f s/update", spu)));
    if (lastRow != null) {
      s.append(String.format(Locale.ROOT, ", loss %.4f", lastRow.loss()));
    }
    s.append(" | stage ").append(Durations.format(since(stageStart)))
        .append(eta()).append(Durations.format(estimate.remaining(training)))
        .append(" | ").append(runPart());
    return s.toString();
  }

  /** The run's elapsed time and, once training has a rate, the training still to do. */
  private String runPart() {
    String s = "run " + Durations.format(since(runStart));
    Optional<Duration> left = estimate.trainingRemaining();
    // Once training is over there is nothing left that the estimate covers.
    return left.isPresent() && !left.get().isZero() ? s + eta() + Durations.format(left.get()) + " + evaluation" : s;
  }

  private String eta() {
    return etaIsBound ? ", ETA <= " : ", ETA ";
  }

  private String title() {
    return String.format(Locale.ROOT, "[%d/%d] %s", stage + 1, plan.size(), plan.get(stage));
  }

  private void line(String text) {
    err.println(title() + ": " + text);
    lastLine = nanos.getAsLong();
  }

  private Duration since(long start) {
    return Duration.ofNanos(nanos.getAsLong() - start);
  }
}
