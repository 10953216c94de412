package org.rdrop.bleu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rdrop bleu} on the bleu module's classpath alone, as {@code ./rdrop bleu} runs it: a JVM that
 * loads and maps only what BLEU needs starts in a fraction of the time rdrop's whole command line
 * takes (docs/bleu.md, Speed). The root is named {@code rdrop} so that usage and messages read as
 * {@code rdrop bleu} does in rdrop's full command line, which registers the same {@link BleuCommand}.
 */
@Command(name = "rdrop", subcommands = BleuCommand.class)
public final class BleuMain implements Runnable {

  public static void main(String[] args) {
    CommandLine cmd = commandLine();
    PrintWriter out = standardOutput();
    cmd.setOut(out);
    int exit = cmd.execute(args);
    out.flush();
    System.exit(exit);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return new CommandLine(new BleuMain()).setExecutionExceptionHandler(BleuMain::reportError);
  }

  /**
   * Standard output as bleu writes it: UTF-8 whatever the platform's charset (as sacreBLEU does), and
   * straight on file descriptor 1, so that a write error (a closed pipe) reaches the writer's
   * checkError; {@code System.out} would keep it to itself.
   */
  public static PrintWriter standardOutput() {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the bleu subcommand");
  }

  /**
   * What {@link BleuCommand} does not report itself (it reports bad input): one line with the
   * innermost cause's message, as rdrop's command line prints it; {@code RDROP_DEBUG=1} adds the trace.
   */
  private static int reportError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    PrintWriter err = cmd.getErr();
    err.println("rdrop " + cmd.getCommandName() + ": error: "
        + (root.getMessage() != null ? root.getMessage() : root.toString()));
    if (System.getenv("RDROP_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 1;
  }
}
