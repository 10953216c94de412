package org.rdrop.bleu.cli;

import org.rdrop.text.cli.ShortCommands;
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
    ShortCommands.main(commandLine(), args);
  }

  /** The command line, with picocli's default writers (tests set their own). */
  public static CommandLine commandLine() {
    return ShortCommands.commandLine(new BleuMain());
  }

  @Override
  public void run() {
    throw new IllegalStateException("only reached through the bleu subcommand");
  }
}
