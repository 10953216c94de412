package org.rdrop.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
      StudyCommand.class,
      PrepareCommand.class,
      TrainCommand.class,
      DecodeCommand.class,
      EvaluateCommand.class,
      org.rdrop.trainer.cli.TrainBatchesCommand.class,
      org.rdrop.trainer.cli.BenchCommand.class,
      org.rdrop.trainer.cli.DecodeBenchCommand.class,
      ExperimentsCommand.class,
      DataCommand.class,
      org.rdrop.text.bpe.cli.BpeCommand.class,
      org.rdrop.testkit.cli.CompareCurvesCommand.class,
      org.rdrop.testkit.cli.CheckCommand.class,
      org.rdrop.testkit.cli.AttestCommand.class,
      org.rdrop.testkit.cli.GoldenCommand.class,
      org.rdrop.bleu.cli.BleuCommand.class,
      org.rdrop.rouge.cli.RougeCommand.class,
      VerifyCommand.class,
      ReplayCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RdropCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter utf8 = utf8StandardOutput();
    CommandLine cmd = withUtf8Output(newCommandLine(), utf8);
    int exit = cmd.execute(args);
    cmd.getOut().flush();
    utf8.flush();
    System.exit(exit);
  }

  /**
   * bleu, bpe and rouge print to {@code utf8}: they write UTF-8 whatever the platform's charset, as sacreBLEU and
   * subword-nmt do (./rdrop runs bleu, bpe and rouge through BleuMain, BpeMain and RougeMain, on their modules'
   * classpaths alone). The other commands keep picocli's writer (the platform's charset).
   */
  static CommandLine withUtf8Output(CommandLine cmd, PrintWriter utf8) {
    // Asked for now: picocli makes its writer lazily during execute and gives it to every subcommand, over
    // bleu's, bpe's and rouge's.
    cmd.getOut();
    cmd.getSubcommands().get("bleu").setOut(utf8);
    cmd.getSubcommands().get("bpe").setOut(utf8);
    cmd.getSubcommands().get("rouge").setOut(utf8);
    return cmd;
  }

  /** UTF-8 on file descriptor 1, so that a write error (a closed pipe) reaches checkError; System.out keeps it. */
  private static PrintWriter utf8StandardOutput() {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
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
