package org.rdrop.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rdrop} command line: one subcommand per job. */
@Command(
    name = "rdrop",
    mixinStandardHelpOptions = true,
    versionProvider = RdropVersion.class,
    description = "Auditable, bit-reproducible reruns of R-Drop (NeurIPS 2021).",
    subcommands = {CommandLine.HelpCommand.class, BpeCommand.class})
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
    return new CommandLine(new RdropCommand());
  }
}
