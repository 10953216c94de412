package org.rdrop.text.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ShortCommandsTest {
  /** A command that fails the way an unexpected error does: wrapped, with the cause's message inside. */
  @Command(name = "probe")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("while scoring",
          new UncheckedIOException(new IOException("refs.txt: disk quota exceeded")));
    }
  }

  @Test
  void anUnexpectedErrorIsOneLineWithTheInnermostCause() {
    CommandLine cmd = ShortCommands.commandLine(new Failing());
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));

    int exit = cmd.execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("rdrop probe: error: refs.txt: disk quota exceeded" + System.lineSeparator());
  }
}
