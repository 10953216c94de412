package org.rdrop.pipeline.flink;

import org.rdrop.cli.RdropCommand;
import org.rdrop.testkit.junit.CommandOutcome;

/** Runs the rdrop command line in-process, as {@code ./rdrop} would, capturing what it prints. */
final class RdropCli {
  private RdropCli() {}

  static CommandOutcome run(String... args) {
    return CommandOutcome.run(RdropCommand.newCommandLine(), args);
  }
}
