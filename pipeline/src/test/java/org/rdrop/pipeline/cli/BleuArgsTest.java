package org.rdrop.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link BleuArgs} (rdrop bleu's arguments parsed without picocli) against picocli itself: every
 * command line BleuArgs accepts must set every option as picocli does, and the lines it refuses
 * are left to picocli.
 */
class BleuArgsTest {
  @TempDir Path dir;

  private static BleuCommand picocli(String... args) {
    BleuCommand c = new BleuCommand();
    new CommandLine(c).parseArgs(args);
    return c;
  }

  /** Every option field, as text. */
  private static List<String> options(BleuCommand c) {
    List<String> v = new ArrayList<>();
    v.add("refs=" + c.references);
    v.add("inputs=" + c.inputs);
    v.add("tok=" + c.tokenize);
    v.add("lc=" + c.lowercase);
    v.add("s=" + c.smoothMethod);
    v.add("sv=" + c.smoothValue);
    v.add("force=" + c.force);
    v.add("pbs=" + (c.paired != null && c.paired.bootstrap));
    v.add("par=" + (c.paired != null && c.paired.randomization));
    v.add("paired=" + (c.paired != null));
    v.add("pbsn=" + c.pairedBsN);
    v.add("parn=" + c.pairedArN);
    v.add("ci=" + c.confidence);
    v.add("cin=" + c.confidenceN);
    v.add("seed=" + c.seed);
    v.add("f=" + c.format);
    v.add("w=" + c.width);
    v.add("b=" + c.scoreOnly);
    v.add("sh=" + c.shortSignature);
    v.add("q=" + c.quiet);
    v.add("tokenized=" + c.tokenized);
    v.add("help=" + c.help);
    return v;
  }

  @Test
  void acceptedLinesSetEveryOptionAsPicocliDoes() {
    String[][] lines = {
      {"ref"},
      {"ref", "-i", "a"},
      {"ref", "-i", "a", "b", "c"},
      {"r1", "r2", "--input", "a", "b"},
      {"-i", "a", "b", "-q", "ref"},
      {"ref", "-i", "a", "b", "--paired-bs"},
      {"ref", "-i", "a", "b", "-par", "-parn", "77", "--seed", "0"},
      {"ref", "-pbs", "-pbsn", "5", "-i", "a", "b", "-f", "text", "-w", "3"},
      {"ref", "-i", "a", "-ci", "-cin", "200", "-b", "-sh", "--force", "--tokenized"},
      {"ref", "-i", "a", "-tok", "intl", "-lc", "-s", "floor", "-sv", "0.25"},
      {"ref", "-i", "a", "--tokenize", "none", "--lowercase", "--smooth-method", "add-k", "--smooth-value", "2"},
      {"ref", "-i", "a", "--confidence", "--confidence-n", "10", "--score-only", "--short", "--quiet"},
      {"ref", "-i", "a", "--paired-ar-n", "9", "--paired-bs-n", "8", "--format", "json", "--width", "0"},
      {"ref", "-i", "a", "-tok", "bogus", "-f", "yaml", "-s", "nope"}, // values BleuCommand rejects later
      {"ref", "-q", "r2", "-i", "a"},
      {"dir/with space/ref.txt", "-i", "ü.txt"},
      {"ref", "-i", "a", "--seed", "123456789012345678"},
    };
    for (String[] line : lines) {
      BleuCommand quick = BleuArgs.parse(line);
      assertThat(quick).as(String.join(" ", line)).isNotNull();
      assertThat(options(quick)).as(String.join(" ", line)).isEqualTo(options(picocli(line)));
    }
  }

  @Test
  void otherLinesAreLeftToPicocli() {
    String[][] lines = {
      {},
      {"-h"},
      {"ref", "--help"},
      {"ref", "-i"},
      {"ref", "-i", "a", "-i", "b"},
      {"ref", "-q", "-q"},
      {"ref", "--quiet", "-q"},
      {"ref", "--tokenize=intl"},
      {"ref", "-tok"},
      {"ref", "-tok", "-q"},
      {"@args.txt"},
      {"ref", "-i", "@hyps"},
      {"ref", "-x"},
      {"ref", "--paired-bs", "--paired-ar"},
      {"ref", "-sv", "1e-3"},
      {"ref", "-sv", ".5"},
      {"ref", "-w", "010"},
      {"ref", "-w", "-1"},
      {"ref", "--seed", "-5"},
      {"ref", "-pbsn", "1234567890"},
      {"ref", "-qb"},
      {"-", "-i", "a"},
      {"ref", "--", "-i"},
      {"-i", "a"},
    };
    for (String[] line : lines) {
      assertThat(BleuArgs.parse(line)).as(String.join(" ", line)).isNull();
    }
  }

  record Run(Integer exit, String out, String err) {}

  /** Runs with System.out and System.err captured; picocli's err writer is the default one. */
  private static Run capture(java.util.function.Supplier<Integer> body) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Integer exit = body.get();
      System.out.flush();
      System.err.flush();
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void aRunWithoutPicocliPrintsWhatTheRunWithPicocliPrints() throws IOException {
    Path ref = Files.writeString(dir.resolve("ref"), "The dog bit the man.\nIt was not unexpected.\n");
    Path a = Files.writeString(dir.resolve("a"), "The dog bit a man.\nIt was surprising.\n");
    Path b = Files.writeString(dir.resolve("b"), "A dog bit the man.\nIt was not surprising.\n");
    Path shortFile = Files.writeString(dir.resolve("short"), "One line.\n");
    String[][] lines = {
      {ref.toString(), "-i", a.toString(), "-f", "text"},
      {ref.toString(), "-i", a.toString(), b.toString(), "--paired-bs", "-pbsn", "50"},
      {ref.toString(), "-i", a.toString(), shortFile.toString()},
      {ref.toString(), "-i", dir.resolve("missing").toString()},
      {ref.toString(), "-i", a.toString(), "-tok", "bogus"},
    };
    for (String[] line : lines) {
      String[] full = new String[line.length + 1];
      full[0] = "bleu";
      System.arraycopy(line, 0, full, 1, line.length);
      Run viaPicocli = capture(() -> RdropCommand.bleuCommandLine().execute(full));
      Run quick = capture(() -> BleuArgs.execute(line));
      assertThat(quick).as(String.join(" ", line)).isEqualTo(viaPicocli);
      assertThat(quick.err()).isNotEmpty(); // the note on standard error, or the error itself
    }
  }
}
