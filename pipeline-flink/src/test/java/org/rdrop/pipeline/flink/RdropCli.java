package org.rdrop.pipeline.flink;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.rdrop.pipeline.cli.RdropCommand;
import picocli.CommandLine;

/** Runs the rdrop command line in-process, as {@code ./rdrop} would, capturing what it prints. */
final class RdropCli {
  private RdropCli() {}

  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    CommandLine cmd = RdropCommand.newCommandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int exit = cmd.execute(args);
      return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(saved);
    }
  }
}
