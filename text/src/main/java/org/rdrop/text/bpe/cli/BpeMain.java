package org.rdrop.text.bpe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rdrop bpe} on the text module's classpath alone, as {@code ./rdrop bpe} runs it: a few small
 * jars and a two-command tree start far faster than rdrop's whole command line (about 60 jars, every
 * command's options), which matters for a job of a second (docs/bpe.md, Speed). The root is named
 * {@code rdrop} so that usage and messages read as in rdrop's full command line, which registers the
 * same {@link BpeCommand}.
 */
@Command(name = "rdrop", subcommands = BpeCommand.class)
public final class BpeMain implements Runnable {

  public static void main(String[] args) {
    CommandLine cmd = commandLine();
    // UTF-8 whatever the platform's charset, as subword-nmt writes; on file descriptor 1 so that a write
    // error (a closed pipe) reaches checkError, which System.out would keep to itself.
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    int exit = cmd.execute(args);
    out.flush();
    System.exit(exit);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return new CommandLine(new BpeMain()).setExecutionExceptionHandler(BpeMain::reportError);
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the bpe subcommand");
  }

  /**
   * What {@link BpeCommand} does not report itself (it reports bad input): one line with the innermost
   * cause's message, as rdrop's command line prints it; {@code RDROP_DEBUG=1} adds the trace.
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
