package org.rdrop.trainer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The trainer's own command line, without Beam: the container image's entry point. Its subcommands carry
 * the same names as in {@code ./rdrop}, so {@code docker run IMAGE train-batches ...} and
 * {@code ./rdrop train-batches ...} take the same arguments and give the same results.
 */
@Command(
    name = "rdrop",
    mixinStandardHelpOptions = true,
    versionProvider = TrainerCommand.Version.class,
    description = "rdrop trainer (no Beam): train on prepared batch files, time training steps, verify a finished run.",
    subcommands = {TrainBatchesCommand.class, BenchCommand.class, VerifyTrainingCommand.class, CommandLine.HelpCommand.class})
public final class TrainerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainerCommand()).execute(args));
  }

  /** The code version the launcher passes (-Drdrop.code.version), as recorded in run.json. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rdrop trainer " + System.getProperty("rdrop.code.version", "development")};
    }
  }
}
