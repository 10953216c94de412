package org.rdrop.text.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * What rdrop's short commands share when {@code ./rdrop} runs them on their own module's classpath
 * ({@code BpeMain}, {@code BleuMain}, {@code RougeMain}: a few small jars start far faster than rdrop's whole
 * command line): UTF-8 on standard output, and one line for an error the command does not report itself.
 */
public final class ShortCommands {
  private ShortCommands() {}

  /**
   * The command line of {@code root}, whose unexpected errors end with one line, the innermost cause's
   * message, as rdrop's full command line prints them; {@code RDROP_DEBUG=1} adds the trace. Writers are
   * picocli's defaults (tests set their own).
   */
  public static CommandLine commandLine(Object root) {
    return new CommandLine(root).setExecutionExceptionHandler(ShortCommands::reportError);
  }

  /** Runs {@code cmd} on {@code args}, printing to {@link #utf8StandardOutput}, and exits with its code. */
  public static void main(CommandLine cmd, String[] args) {
    PrintWriter out = utf8StandardOutput();
    cmd.setOut(out);
    int exit = cmd.execute(args);
    out.flush();
    System.exit(exit);
  }

  /**
   * UTF-8 whatever the platform's charset, as sacreBLEU, subword-nmt and rouge-score write; straight on file
   * descriptor 1, so that a write error (a closed pipe) reaches the writer's checkError, which
   * {@code System.out} would keep to itself.
   */
  public static PrintWriter utf8StandardOutput() {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
  }

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
