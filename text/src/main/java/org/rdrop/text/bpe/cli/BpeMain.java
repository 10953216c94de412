package org.rdrop.text.bpe.cli;

import org.rdrop.text.cli.ShortCommands;
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
    ShortCommands.main(commandLine(), args);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return ShortCommands.commandLine(new BpeMain());
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the bpe subcommand");
  }
}
