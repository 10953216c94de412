package org.rdrop.bleu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.junit.CommandOutcome;
import picocli.CommandLine;

/**
 * {@code rdrop bleu} against what sacreBLEU 2.6.0's command line printed for the same files (the
 * expected strings are its output, copied from a run of {@code sacrebleu ... -q}).
 */
class BleuCommandTest {
  @TempDir Path dir;
  private Path refA;
  private Path refB;
  private Path hyp1;
  private Path hyp2;
  private Path hyp3;

  @BeforeEach
  void files() throws IOException {
    refA = write("ref.a", "The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
    refB = write("ref.b", "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");
    hyp1 = write("hyp1", "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
    hyp2 = write("hyp2", "The dog bit a man.\nIt was surprising.\nThe man bit him.\n");
    hyp3 = write("hyp3", "A dog.\nIt wasn't surprising at all.\nThe man had just bitten him first.\n");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private CommandOutcome run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs {@code rdrop bleu ARGS} as ./rdrop does (BleuMain), with {@code stdin} as its standard input. */
  private CommandOutcome runWithStdin(String stdin, String... args) {
    CommandLine cmd = BleuMain.commandLine();
    ((BleuCommand) cmd.getSubcommands().get("bleu").getCommand()).standardInput =
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    String[] full = new String[args.length + 1];
    full[0] = "bleu";
    System.arraycopy(args, 0, full, 1, args.length);
    return CommandOutcome.run(cmd, full);
  }

  @Test
  void textLineIsSacrebleus() {
    CommandOutcome o = run(refA.toString(), refB.toString(), "-i", hyp1.toString(), "-f", "text");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).isEqualTo("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 48.5 "
        + "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)\n");
    assertThat(o.err()).contains("computed by rdrop");
  }

  @Test
  void jsonStartsWithSacrebleusObjectAndAddsTheImplementation() throws IOException {
    CommandOutcome o = run(refA.toString(), refB.toString(), "-i", hyp1.toString());
    String sacrebleu = "{\n"
        + " \"name\": \"BLEU\",\n"
        + " \"score\": 48.5,\n"
        + " \"signature\": \"nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\",\n"
        + " \"verbose_score\": \"82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)\",\n"
        + " \"nrefs\": \"2\",\n"
        + " \"case\": \"mixed\",\n"
        + " \"eff\": \"no\",\n"
        + " \"tok\": \"13a\",\n"
        + " \"smooth\": \"exp\",\n"
        + " \"version\": \"2.6.0\"";
    assertThat(o.out()).startsWith(sacrebleu + ",\n \"implementation\": \"rdrop ");
    JsonNode j = new ObjectMapper().readTree(o.out());
    assertThat(j.get("counts").toString()).isEqualTo("[14,7,5,3]");
    assertThat(j.get("totals").toString()).isEqualTo("[17,14,11,8]");
    assertThat(j.get("ref_len").asLong()).isEqualTo(18);
  }

  @Test
  void severalSystemsTableAndJsonAreSacrebleus() {
    CommandOutcome text = run(refA.toString(), "-i", hyp1.toString(), hyp2.toString(), hyp3.toString(), "-f", "text", "-q");
    String h1 = hyp1.toString();
    String h2 = hyp2.toString();
    String h3 = hyp3.toString();
    int w = Math.max(h1.length(), 8);
    String sep = "═".repeat(w + 2);
    assertThat(text.out()).isEqualTo(
        "╒" + sep + "╤════════╕\n"
        + "│ " + " ".repeat(w - 6) + "System │  BLEU  │\n"
        + "╞" + sep + "╪════════╡\n"
        + "│ " + h1 + " │  45.1  │\n"
        + "├" + "─".repeat(w + 2) + "┼────────┤\n"
        + "│ " + h2 + " │  35.8  │\n"
        + "├" + "─".repeat(w + 2) + "┼────────┤\n"
        + "│ " + h3 + " │  15.9  │\n"
        + "╘" + sep + "╧════════╛\n"
        + "\n"
        + "-----------------\n"
        + "Metric signatures\n"
        + "-----------------\n"
        + " - BLEU       nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\n");
    assertThat(text.err()).isEmpty();
    CommandOutcome json = run(refA.toString(), "-i", h1, h2, "-q");
    assertThat(json.out()).isEqualTo("[\n    {\n        \"system\": \"" + h1 + "\",\n        \"BLEU\": \"45.1\"\n    },\n"
        + "    {\n        \"system\": \"" + h2 + "\",\n        \"BLEU\": \"35.8\"\n    }\n]\n");
  }

  @Test
  void pairedBootstrapJsonHasSacrebleusShape() throws IOException {
    CommandOutcome o = run(refA.toString(), "-i", hyp1.toString(), hyp2.toString(), hyp3.toString(), "--paired-bs", "-q");
    assertThat(o.exit()).isZero();
    JsonNode list = new ObjectMapper().readTree(o.out());
    assertThat(list.size()).isEqualTo(3);
    assertThat(list.get(0).get("system").asText()).isEqualTo("Baseline: " + hyp1);
    JsonNode base = list.get(0).get("BLEU");
    assertThat(base.get("score").asDouble()).isEqualTo(45.06750632106114); // sacreBLEU's value
    assertThat(base.get("p_value").isNull()).isTrue();
    assertThat(base.get("mean").isNumber()).isTrue();
    JsonNode second = list.get(1).get("BLEU");
    assertThat(second.get("score").asDouble()).isEqualTo(35.827636937885366);
    assertThat(second.get("p_value").asDouble()).isBetween(0.21, 0.34); // sacreBLEU: 0.2737
    assertThat(o.out()).contains("        \"BLEU\": {\n            \"score\": 45.06750632106114,\n            \"p_value\": null,\n");
    // Same seed, same output; the seed is part of the signature in text mode.
    assertThat(run(refA.toString(), "-i", hyp1.toString(), hyp2.toString(), hyp3.toString(), "--paired-bs", "-q").out())
        .isEqualTo(o.out());
    CommandOutcome text = run(refA.toString(), "-i", hyp1.toString(), hyp2.toString(), "-pbs", "--seed", "7", "-f", "text", "-q");
    assertThat(text.out()).contains("BLEU (μ ± 95% CI)", "(p = 0.", " - BLEU       nrefs:1|bs:1000|seed:7|case:mixed|");
  }

  @Test
  void pairedRandomizationSignature() {
    CommandOutcome o = run(refA.toString(), "-i", hyp1.toString(), hyp2.toString(), "--paired-ar", "--paired-ar-n", "2000",
        "-f", "text", "-q");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("Paired approximate randomization test with 2000 trials",
        "nrefs:1|ar:2000|seed:12345|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0");
  }

  @Test
  void lineCountMismatchNamesBothFiles() throws IOException {
    Path shortHyp = write("short", "only one line\n");
    CommandOutcome o = run(refA.toString(), "-i", shortHyp.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("rdrop bleu: error: " + shortHyp + " has 1 lines but " + refA + " has 3");
    CommandOutcome refs = run(refA.toString(), shortHyp.toString(), "-i", hyp1.toString());
    assertThat(refs.err()).contains(shortHyp + " has 1 lines but " + refA + " has 3");
  }

  @Test
  void badInputIsOneClearLine() throws IOException {
    Path bad = dir.resolve("bad");
    Files.write(bad, new byte[] {'a', '\n', 'b', (byte) 0xFF, '\n', 'c', '\n'});
    CommandOutcome o = run(refA.toString(), "-i", bad.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains(bad + ":2: invalid UTF-8 at byte column 2 (byte 0xFF)");
    assertThat(run(refA.toString(), "-i", hyp1.toString(), "--paired-bs").err())
        .contains("a paired test needs a baseline and at least one system");
    assertThat(run(refA.toString(), "-i", dir.resolve("missing").toString()).err()).contains("missing: no such file");
    assertThat(run(refA.toString(), "-i", hyp1.toString(), "-tok", "zh").err()).contains("--tokenize: 'zh'");
  }

  @Test
  void aReplacementCharacterInTheTextIsNotAnError() throws IOException {
    // U+FFFD written as valid UTF-8: text, unlike the invalid bytes a lenient decoder would turn into it.
    Path ref = write("ref-fffd", "el \uFFFD gato de la casa\nla casa es grande y blanca\n");
    CommandOutcome o = run(ref.toString(), "-i", ref.toString(), "-b", "-q");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).isEqualTo("100.0\n");
  }

  @Test
  void tokenizedBleuIsReportedBeside() {
    CommandOutcome o = run(refA.toString(), "-i", hyp1.toString(), "-f", "text", "-q", "--tokenized");
    // multi-bleu.perl splits on spaces only ("man." is one token); its line for these files.
    assertThat(o.out()).endsWith("\nBLEU = 44.43, 57.1/45.5/37.5/40.0 (BP=1.000, ratio=1.000, hyp_len=14, ref_len=14)\n");
  }

  /** sacreBLEU's line for hyp1 against refA and refB (see textLineIsSacrebleus). */
  private static final String HYP1_LINE = "BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 48.5 "
      + "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)\n";

  @Test
  void aDashReadsASystemOrAReferenceFromStandardInput() throws IOException {
    CommandOutcome system = runWithStdin(Files.readString(hyp1), refA.toString(), refB.toString(), "-i", "-", "-f", "text");
    assertThat(system.exit()).as(system.err()).isZero();
    assertThat(system.out()).isEqualTo(HYP1_LINE);
    CommandOutcome reference = runWithStdin(Files.readString(refA), "-", refB.toString(), "-i", hyp1.toString(), "-f", "text");
    assertThat(reference.exit()).as(reference.err()).isZero();
    assertThat(reference.out()).isEqualTo(HYP1_LINE);
  }

  @Test
  void standardInputIsReadOnce() throws IOException {
    CommandOutcome twice = runWithStdin(Files.readString(hyp1), refA.toString(), "-i", "-", "-");
    assertThat(twice.exit()).isEqualTo(1);
    assertThat(twice.err()).isEqualTo("rdrop bleu: error: standard input (-) can be read only once\n");
    CommandOutcome refAndSystems = runWithStdin(Files.readString(refA), "-");
    assertThat(refAndSystems.exit()).isEqualTo(1);
    assertThat(refAndSystems.err())
        .isEqualTo("rdrop bleu: error: a reference is read from standard input (-): give the systems with -i\n");
  }

  @Test
  void helpFormatsItsPercentSigns() {
    // An unescaped '%' would make picocli print the description unformatted ("95%%"); CliTest also checks
    // that picocli warns about no command's help.
    CommandOutcome help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Bootstrap 95% interval for a single system.");
  }
}
