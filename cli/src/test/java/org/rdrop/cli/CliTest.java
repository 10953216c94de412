package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.junit.CommandOutcome;
import picocli.CommandLine;

class CliTest {

  /** Runs the CLI in-process, capturing what picocli and the commands print. */
  static CommandOutcome run(String... args) {
    return CommandOutcome.run(RdropCommand.newCommandLine(), args);
  }

  @Test
  void experimentsListsTheBuiltInOnesAndMarksTheDefault() {
    CommandOutcome o = run("experiments");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("smoke", "iwslt14-de-en").containsPattern("bible-en-es .*\\(default\\)");
  }

  @Test
  void unknownExperimentIsOneClearLineAndExitCodeOne() {
    CommandOutcome o = run("prepare", "no-such-experiment");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).startsWith("rdrop prepare: error: unknown experiment 'no-such-experiment'");
    assertThat(o.err()).doesNotContain("\tat ");
  }

  @Test
  void paperScaleExperimentAsksForItsCorpus() {
    CommandOutcome o = run("prepare", "iwslt14-de-en");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("--data DIR");
  }

  @Test
  void testkitCommandsAreRegisteredAndReportBadInputInOneLine() {
    CommandOutcome o = run("check", "no-such-run-dir");
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
    CommandOutcome o = run("prepare", f.toString(), "--out", dir.resolve("run").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("rdrop prepare: error: " + f + ":" + line + ":3: key 'train.sede': unknown key;"
        + " did you mean 'seed'?\n");
    assertThat(o.out()).isEmpty();
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void bleuIsOneOfRdropsCommands(@TempDir Path dir) throws IOException {
    // ./rdrop runs bleu on the bleu module alone (BleuMain); rdrop's own command line runs it the same way.
    Path refA = Files.writeString(dir.resolve("ref.a"), "The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
    Path refB = Files.writeString(dir.resolve("ref.b"),
        "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");
    Path hyp = Files.writeString(dir.resolve("hyp"), "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
    CommandOutcome o = run("bleu", refA.toString(), refB.toString(), "-i", hyp.toString(), "-f", "text", "-q");
    assertThat(o.exit()).as(o.err()).isZero();
    // sacreBLEU 2.6.0's line for these files (as in BleuCommandTest).
    assertThat(o.out()).isEqualTo("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 48.5 "
        + "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)\n");
  }

  @Test
  void rougeIsOneOfRdropsCommands(@TempDir Path dir) throws IOException {
    // ./rdrop runs rouge on the rouge module alone (RougeMain); rdrop's own command line runs it the same way.
    Path ref = Files.writeString(dir.resolve("ref"), "the cat sat on the mat\n");
    Path hyp = Files.writeString(dir.resolve("hyp"), "the cat sat on a mat\n");
    CommandOutcome o = run("rouge", ref.toString(), "-i", hyp.toString(), "--per-example", "-f", "json", "--types", "rouge2");
    assertThat(o.exit()).as(o.err()).isZero();
    // Bigrams: 5 on each side, 3 shared (the cat, cat sat, sat on).
    assertThat(o.out()).isEqualTo("{\"rouge2\": {\"precision\": 0.6, \"recall\": 0.6, \"fmeasure\": 0.6}}\n");
  }

  @Test
  void bleuAndBpePrintToTheUtf8WriterOfRdropsMain(@TempDir Path dir) throws IOException {
    // As in main: the root's writer is left to picocli.
    StringWriter utf8 = new StringWriter();
    CommandLine cmd = RdropCommand.withUtf8Output(RdropCommand.newCommandLine(), new PrintWriter(utf8, true));
    Path words = Files.writeString(dir.resolve("words"), "año año año\n");
    assertThat(cmd.execute("bpe", "learn", "-s", "1", "-i", words.toString())).isZero();
    assertThat(utf8.toString()).startsWith("#version: 0.2\n").contains("ñ");
    // A hypothesis equal to its reference scores 100.
    Path ref = Files.writeString(dir.resolve("ref"), "el año nuevo de la casa\n");
    assertThat(cmd.execute("bleu", ref.toString(), "-i", ref.toString(), "-b", "-q")).isZero();
    assertThat(utf8.toString()).endsWith("\n100.0\n");
  }

  @Test
  void noCommandsHelpHasAPicocliWarning() {
    // picocli's tracer writes to System.err and cannot be given a writer: the one global stream swapped here.
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
    CommandOutcome o = run("compare-curves", passwd.toString(), passwd.toString());
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
