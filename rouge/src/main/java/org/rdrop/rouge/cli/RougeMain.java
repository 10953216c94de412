package org.rdrop.rouge.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rdrop rouge} on the rouge module's classpath alone, as {@code ./rdrop rouge} runs it (a few
 * small jars start far faster than rdrop's whole command line). The root is named {@code rdrop} so that
 * usage and messages read as in rdrop's full command line, which registers the same {@link RougeCommand}.
 */
@Command(name = "rdrop", subcommands = RougeCommand.class)
public final class RougeMain implements Runnable {

  public static void main(String[] args) {
    CommandLine cmd = commandLine();
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    int exit = cmd.execute(args);
    out.flush();
    System.exit(exit);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return new CommandLine(new RougeMain());
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the rouge subcommand");
  }
}
