package org.rdrop.rouge.cli;

import org.rdrop.text.cli.ShortCommands;
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
    ShortCommands.main(commandLine(), args);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return ShortCommands.commandLine(new RougeMain());
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the rouge subcommand");
  }
}
