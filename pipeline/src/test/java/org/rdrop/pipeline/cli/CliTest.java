package org.rdrop.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.config.Experiments;
import picocli.CommandLine;

class CliTest {

  /** Runs the CLI in-process, capturing what picocli and the commands print. */
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

  @Test
  void experimentsListsTheBuiltInOnesAndMarksTheDefault() {
    Outcome o = run("experiments");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("smoke", "iwslt14-de-en").containsPattern("bible-en-es .*\\(default\\)");
  }

  @Test
  void unknownExperimentIsOneClearLineAndExitCodeOne() {
    Outcome o = run("prepare", "no-such-experiment");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).startsWith("rdrop prepare: error: unknown experiment 'no-such-experiment'");
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void paperScaleExperimentAsksForItsCorpus() {
    Outcome o = run("prepare", "iwslt14-de-en");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("--data DIR");
  }

  @Test
  void testkitCommandsAreRegisteredAndReportBadInputInOneLine() {
    Outcome o = run("check", "no-such-run-dir");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("rdrop check: error: no-such-run-dir: no manifest.json (an unfinished run, or not a run directory)\n");
    assertThat(help("compare-curves")).contains("--mode", "--rtol", "--atol", "--ulp");
    assertThat(help("golden", "update")).contains("--reason");
  }

  @Test
  void anExperimentFileErrorIsPrintedAsOneLineAtTheKey(@TempDir Path dir) throws IOException {
    String smoke = Files.readString(Experiments.home().resolve("experiments/smoke.yaml"));
    Path f = Files.writeString(dir.resolve("exp.yaml"), smoke.replace("  seed: 64\n", "  sede: 64\n"));
    int line = Files.readAllLines(f).indexOf("  sede: 64") + 1;
    Outcome o = run("prepare", f.toString(), "--out", dir.resolve("run").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("rdrop prepare: error: " + f + ":" + line + ":3: key 'train.sede': unknown key;"
        + " did you mean 'seed'?\n");
    assertThat(o.out()).isEmpty();
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void noCommandsHelpHasAPicocliWarning() {
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      usageOfAll(RdropCommand.newCommandLine(), new StringWriter());
    } finally {
      System.setErr(saved);
    }
    // picocli prints "[picocli WARN] Could not format ..." for an unescaped '%' in help text.
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  private static int usageOfAll(CommandLine cmd, StringWriter out) {
    cmd.usage(new PrintWriter(out, true));
    int n = 1;
    for (CommandLine sub : cmd.getSubcommands().values()) {
      n += usageOfAll(sub, out);
    }
    return n;
  }

  @Test
  void compareCurvesOnAFileThatIsNotACurveDoesNotEchoIt(@TempDir Path dir) throws IOException {
    Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Outcome o = run("compare-curves", passwd.toString(), passwd.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).startsWith("rdrop compare-curves: error: " + passwd + ":1: not the curve header")
        .doesNotContain("root").doesNotContain("bash").endsWith("(tab-separated)\n");
  }

  /** Usage text goes to picocli's own writer. */
  static String help(String... command) {
    CommandLine cmd = RdropCommand.newCommandLine();
    StringWriter out = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    String[] args = java.util.Arrays.copyOf(command, command.length + 1);
    args[command.length] = "--help";
    assertThat(cmd.execute(args)).isZero();
    return out.toString();
  }
}
