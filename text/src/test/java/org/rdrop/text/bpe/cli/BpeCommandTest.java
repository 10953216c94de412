package org.rdrop.text.bpe.cli;

import org.rdrop.testkit.junit.CommandOutcome;
import org.rdrop.testkit.junit.Conformance;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BpeCommandTest {

  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = BpeMain.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  /** Runs with {@code stdin} as standard input; returns standard output (UTF-8, as BpeMain writes it). */
  private byte[] runWithStdin(byte[] stdin, int expectedExit, String... args) {
    CommandLine cmd = BpeMain.commandLine();
    ((BpeCommand) cmd.getSubcommands().get("bpe").getCommand()).standardInput = new ByteArrayInputStream(stdin);
    CommandOutcome o = CommandOutcome.run(cmd, args);
    err.write(o.err());
    assertThat(o.exit()).as(o.err()).isEqualTo(expectedExit);
    return o.out().getBytes(StandardCharsets.UTF_8);
  }

  private static Path conformance(String name) {
    return Conformance.file("bpe", name);
  }

  @Test
  void learnWritesTheReferenceCodes() throws Exception {
    Path out = tmp.resolve("codes");
    assertThat(run("bpe", "learn", "-s", "2000", "-i", conformance("train.es").toString(), "-o", out.toString()))
        .isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(conformance("codes.2000")));
  }

  @Test
  void applyWritesTheReferenceSegmentation() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(run("bpe", "apply", "-c", conformance("codes.2000").toString(),
            "-i", conformance("apply-input.es").toString(), "-o", out.toString()))
        .isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(conformance("apply-expected.es")));
  }

  @Test
  void aLargeTextSegmentedOnEveryCoreIsTheReferenceSegmentation() throws Exception {
    // Past a megabyte the text is cut into one piece per core: the reference input repeated that far.
    byte[] input = Files.readAllBytes(conformance("apply-input.es"));
    byte[] expected = Files.readAllBytes(conformance("apply-expected.es"));
    int copies = (1 << 20) / input.length + 1;
    Path in = Files.write(tmp.resolve("in"), repeat(input, copies));
    Path out = tmp.resolve("out");
    assertThat(run("bpe", "apply", "-c", conformance("codes.2000").toString(), "-i", in.toString(), "-o", out.toString()))
        .isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(repeat(expected, copies));
  }

  private static byte[] repeat(byte[] bytes, int copies) {
    byte[] out = new byte[bytes.length * copies];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
    }
    return out;
  }

  @Test
  void applyReadsStandardInputAndWritesStandardOutput() throws Exception {
    byte[] out = runWithStdin(Files.readAllBytes(conformance("edge-input.txt")), 0,
        "bpe", "apply", "--codes", conformance("codes.2000").toString());
    assertThat(out).isEqualTo(Files.readAllBytes(conformance("edge-expected.txt")));
  }

  @Test
  void missingInputIsNamedAndNothingIsWritten() {
    Path out = tmp.resolve("codes");
    Path missing = tmp.resolve("no-such-corpus.txt");
    assertThat(run("bpe", "learn", "-i", missing.toString(), "-o", out.toString())).isNotZero();
    assertThat(err.toString()).contains(missing.toString()).contains("no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void badCodesLineIsNamedAndTheOldOutputSurvives() throws Exception {
    Path codes = tmp.resolve("codes");
    Files.writeString(codes, "#version: 0.2\na b\nthree parts here\n");
    Path in = tmp.resolve("in");
    Files.writeString(in, "ab\n");
    Path out = tmp.resolve("out");
    Files.writeString(out, "previous");
    assertThat(run("bpe", "apply", "-c", codes.toString(), "-i", in.toString(), "-o", out.toString()))
        .isNotZero();
    assertThat(err.toString()).contains(codes + ":3:");
    assertThat(Files.readString(out)).isEqualTo("previous");
  }

  @Test
  void invalidUtf8IsNamedWithItsLine() throws Exception {
    Path in = tmp.resolve("in");
    Files.write(in, new byte[] {'o', 'k', '\n', 'b', (byte) 0xff, '\n'});
    assertThat(run("bpe", "learn", "-i", in.toString(), "-o", tmp.resolve("c").toString())).isNotZero();
    assertThat(err.toString()).contains(in + ":2: invalid UTF-8");
  }

  @Test
  void dashIsStandardInputAndOutputAsInSubwordNmt() throws Exception {
    byte[] codes = runWithStdin(Files.readAllBytes(conformance("train.es")), 0,
        "bpe", "learn", "-s", "2000", "-i", "-", "-o", "-");
    assertThat(codes).isEqualTo(Files.readAllBytes(conformance("codes.2000")));
    byte[] segmented = runWithStdin(Files.readAllBytes(conformance("edge-input.txt")), 0,
        "bpe", "apply", "-c", conformance("codes.2000").toString(), "-i", "-", "-o", "-");
    assertThat(segmented).isEqualTo(Files.readAllBytes(conformance("edge-expected.txt")));
    // The codes from standard input, the text from a file.
    byte[] fromStdinCodes = runWithStdin(Files.readAllBytes(conformance("codes.2000")), 0,
        "bpe", "apply", "-c", "-", "-i", conformance("apply-input.es").toString());
    assertThat(fromStdinCodes).isEqualTo(Files.readAllBytes(conformance("apply-expected.es")));
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void codesAndTextCannotBothBeStandardInput() throws Exception {
    byte[] out = runWithStdin(Files.readAllBytes(conformance("codes.2000")), 1, "bpe", "apply", "-c", "-");
    assertThat(out).isEmpty();
    assertThat(err.toString()).isEqualTo("rdrop bpe apply: error: --codes - reads standard input: give the text"
        + " with -i FILE\n");
  }
}
