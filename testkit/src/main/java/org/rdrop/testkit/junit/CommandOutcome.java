package org.rdrop.testkit.junit;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A picocli command line run in-process: its exit code and what it printed. rdrop's commands print
 * through picocli's writers, never through {@code System.out}, so a test captures them without
 * swapping a global stream (tests may run in parallel).
 */
public record CommandOutcome(int exit, String out, String err) {

  /** Runs {@code args} on {@code cmd} with its standard output and error writers captured. */
  public static CommandOutcome run(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new CommandOutcome(exit, out.toString(), err.toString());
  }
}
