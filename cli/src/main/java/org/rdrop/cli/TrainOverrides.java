package org.rdrop.cli;

import org.rdrop.pipeline.train.TrainRun;
import picocli.CommandLine.Option;

/** Command-line overrides of the experiment's train section; each is recorded with the trained model. */
public final class TrainOverrides {
  @Option(names = "--steps", paramLabel = "N", description = "Overrides train.schedule.max_updates.")
  Integer steps;

  @Option(names = "--threads", paramLabel = "N", description = "Overrides train.threads (intra-op threads).")
  Integer threads;

  @Option(names = "--device", paramLabel = "cpu|gpu|auto", description = "Overrides train.device.")
  String device;

  TrainRun.Overrides toOverrides() {
    return new TrainRun.Overrides(steps, threads, device);
  }
}
