package org.rdrop.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rdrop} command line: one subcommand per job. */
@Command(
    name = "rdrop",
    mixinStandardHelpOptions = true,
    versionProvider = RdropVersion.class,
    description = "Auditable, bit-reproducible reruns of R-Drop (NeurIPS 2021).",
    subcommands = {
      ReproduceCommand.class,
      PrepareCommand.class,
      TrainCommand.class,
      DecodeCommand.class,
      org.rdrop.trainer.cli.TrainBatchesCommand.class,
      org.rdrop.trainer.cli.BenchCommand.class,
      org.rdrop.trainer.cli.DecodeBenchCommand.class,
      ExperimentsCommand.class,
      DataCommand.class,
      BpeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RdropCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by main and tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new RdropCommand()).setExecutionExceptionHandler(RdropCommand::reportError);
  }

  /**
   * Bad input ends with one line naming the file, line or field, not a stack trace. Beam wraps what a
   * stage threw, so the innermost cause is the one reported. {@code RDROP_DEBUG=1} prints the trace.
   */
  private static int reportError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String msg = cause.getMessage() != null ? cause.getMessage() : cause.toString();
    cmd.getErr().println("rdrop " + cmd.getCommandName() + ": error: " + msg);
    if (System.getenv("RDROP_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
