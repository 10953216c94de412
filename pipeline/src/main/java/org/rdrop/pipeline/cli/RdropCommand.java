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
      EvaluateCommand.class,
      org.rdrop.trainer.cli.TrainBatchesCommand.class,
      org.rdrop.trainer.cli.BenchCommand.class,
      org.rdrop.trainer.cli.DecodeBenchCommand.class,
      ExperimentsCommand.class,
      DataCommand.class,
      BpeCommand.class,
      org.rdrop.testkit.cli.CompareCurvesCommand.class,
      org.rdrop.testkit.cli.CheckCommand.class,
      org.rdrop.testkit.cli.AttestCommand.class,
      org.rdrop.testkit.cli.GoldenCommand.class,
      BleuCommand.class,
      VerifyCommand.class,
      ReplayCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RdropCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("bleu")) {
      System.exit(bleuCommandLine().execute(args));
    }
    System.exit(newCommandLine().execute(args));
  }

  /**
   * {@code rdrop bleu} alone: the same command under a root of the same name, without building the
   * other subcommands. Picocli inspects every subcommand's annotations (and loads their classes)
   * when the full tree is built, which is a quarter of a short bleu run; this changes nothing else.
   */
  static CommandLine bleuCommandLine() {
    return new CommandLine(new BleuOnlyRoot()).setExecutionExceptionHandler(RdropCommand::reportError);
  }

  /** The root of {@link #bleuCommandLine()}. */
  @Command(name = "rdrop", subcommands = BleuCommand.class)
  static final class BleuOnlyRoot implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("only reached through the bleu subcommand");
    }
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
    return reportError(e, cmd.getCommandName(), cmd.getErr());
  }

  static int reportError(Exception e, String commandName, java.io.PrintWriter err) {
    String msg = errorMessage(e);
    err.println("rdrop " + commandName + ": error: " + msg);
    if (System.getenv("RDROP_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 1;
  }

  /**
   * The innermost cause's message, as runners wrap what a stage threw; but some wrappers only add detail
   * to it ("Connection refused" becomes "Connection refused: host/1.2.3.4:8081"), and then the outermost
   * such message says more. A config file's error is complete as it is (file, line, column and key) and is
   * never replaced by what it wraps (Jackson's multi-line text).
   */
  static String errorMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.rdrop.trainer.config.ConfigFileException) {
        return t.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() != null ? root.getMessage() : root.toString();
    // java.nio's file exceptions carry only the path as their message.
    if (root instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + msg;
    }
    if (root instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + msg;
    }
    // A wrapper that restates the root's message with context (the file a parser was reading) speaks
    // instead, the outermost such one (a parser's own wrappers restate it too, without the file); for a root
    // without a message (an EOFException from a reader), the innermost wrapper with a message of its own
    // does. A wrapper whose message is only its cause's toString() (Beam's, or new RuntimeException(cause))
    // adds nothing.
    String first = msg.lines().findFirst().orElse(msg);
    java.util.List<Throwable> own = new java.util.ArrayList<>();
    for (Throwable t = e; t != root; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.equals(String.valueOf(t.getCause()))) {
        own.add(t);
      }
    }
    if (root.getMessage() == null) {
      return own.isEmpty() ? msg : own.get(own.size() - 1).getMessage();
    }
    for (Throwable t : own) {
      if (t.getMessage().length() > first.length() && t.getMessage().contains(first)) {
        return t.getMessage();
      }
    }
    return msg;
  }
}
