package org.rdrop.rouge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.rouge.RougeScorer;
import org.rdrop.rouge.RougeType;
import org.rdrop.rouge.Score;
import org.rdrop.testkit.junit.CommandOutcome;

/** {@code rdrop rouge} as ./rdrop runs it (RougeMain). */
class RougeCommandTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static CommandOutcome run(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "rouge";
    System.arraycopy(args, 0, full, 1, args.length);
    return CommandOutcome.run(RougeMain.commandLine(), full);
  }

  @Test
  void perExampleJsonIsOneObjectALineInInputOrder() throws IOException {
    Path ref = write("ref", "the cat sat on the mat\nthe quick brown fox\nnothing in common\n");
    Path hyp = write("hyp", "the cat sat on a mat\nthe quick brown fox\nabsolutely different words\n");
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString(), "--per-example", "--format", "json");
    assertThat(o.exit()).as(o.err()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines).hasSize(3);
    // Python's json.dumps spacing.
    assertThat(lines.get(1)).isEqualTo("{\"rouge1\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}, "
        + "\"rouge2\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}, "
        + "\"rougeL\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}, "
        + "\"rougeLsum\": {\"precision\": 1.0, \"recall\": 1.0, \"fmeasure\": 1.0}}");
    // Line 1: 5 of 6 unigrams shared (the, cat, sat, on, mat; "the" clipped to one), 3 of 5 bigrams.
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("rouge1").get("precision").asDouble()).isCloseTo(5.0 / 6, within(1e-15));
    assertThat(first.get("rouge2").get("recall").asDouble()).isCloseTo(3.0 / 5, within(1e-15));
    JsonNode third = json.readTree(lines.get(2));
    assertThat(third.get("rougeL").get("fmeasure").asDouble()).isEqualTo(0.0);
  }

  @Test
  void sentenceBreaksMarkedNAreNewlinesForRougeLsum() throws IOException {
    // The same sentences in the other order: rougeL sees one order, rougeLsum each sentence apart.
    Path ref = write("ref", "alpha beta gamma <n> delta epsilon zeta\n");
    Path hyp = write("hyp", "delta epsilon zeta<n>alpha beta gamma\n");
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString(), "--per-example", "-f", "json");
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = json.readTree(o.out());
    assertThat(s.get("rougeLsum").get("fmeasure").asDouble()).isEqualTo(1.0);
    assertThat(s.get("rougeL").get("fmeasure").asDouble()).isEqualTo(0.5);
    // Exactly what the scorer gives for the texts with newlines.
    Map<String, Score> direct = new RougeScorer(RougeType.ALL, false)
        .score("alpha beta gamma \n delta epsilon zeta", "delta epsilon zeta\nalpha beta gamma");
    assertThat(RougeJson.example(direct) + "\n").isEqualTo(o.out());
  }

  @Test
  void unequalLineCountsNameBothFilesAndTheLine() throws IOException {
    Path ref = write("ref.txt", "one\ntwo\nthree\n");
    Path hyp = write("hyp.txt", "one\ntwo\n");
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.out()).isEmpty();
    assertThat(o.err()).isEqualTo("rdrop rouge: error: " + hyp + " has 2 lines but " + ref + " has 3 ("
        + ref + ":3 has no counterpart)\n");
  }

  @Test
  void invalidUtf8NamesTheFileAndLine() throws IOException {
    Path ref = write("ref.txt", "one\ntwo\n");
    Path hyp = dir.resolve("hyp.txt");
    Files.write(hyp, new byte[] {'o', 'n', 'e', '\n', 't', (byte) 0xC3, 'x', '\n'});
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).startsWith("rdrop rouge: error: " + hyp + ":2: invalid UTF-8");
  }

  @Test
  void typesSubsetAndStemmer() throws IOException {
    Path ref = write("ref", "the cats were running\n");
    Path hyp = write("hyp", "a cat runs\n");
    CommandOutcome plain = run(ref.toString(), "-i", hyp.toString(), "--per-example", "-f", "json", "--types", "rouge1");
    CommandOutcome stemmed = run(ref.toString(), "-i", hyp.toString(), "--per-example", "-f", "json",
        "--types", "rouge1", "--use-stemmer");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(stemmed.exit()).as(stemmed.err()).isZero();
    JsonNode p = json.readTree(plain.out());
    JsonNode s = json.readTree(stemmed.out());
    assertThat(p.fieldNames()).toIterable().containsExactly("rouge1");
    assertThat(p.get("rouge1").get("precision").asDouble()).isEqualTo(0.0);
    // cats -> cat, runs and running -> run: 2 of the 3 predicted tokens match.
    assertThat(s.get("rouge1").get("precision").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(s.get("rouge1").get("recall").asDouble()).isCloseTo(2.0 / 4, within(1e-15));

    CommandOutcome bad = run(ref.toString(), "-i", hyp.toString(), "--types", "rouge1,rougeX");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo("rdrop rouge: error: --types: 'rougeX' is not a ROUGE type"
        + " (rouge1 ... rouge9, rougeL, rougeLsum)\n");
  }

  @Test
  void textOutputGivesEachTypeTheMeanAndIntervalThenTheSignature() throws IOException {
    Path ref = write("ref", "the cat sat on the mat\nthe quick brown fox\nnothing in common\nhello world\n");
    Path hyp = write("hyp", "the cat sat on a mat\nthe quick brown fox\nabsolutely different words\nhello there\n");
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString(), "--types", "rouge1,rougeL");
    assertThat(o.exit()).as(o.err()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines).hasSize(4);
    // rouge1 F per example: 5/6, 1, 0, 1/2; the mean x 100 = 58.33.
    assertThat(lines.get(0)).startsWith("rouge1    ").contains("F  58.33 [");
    assertThat(lines.get(1)).startsWith("rougeL    ");
    assertThat(lines.get(2)).isEqualTo("4 examples; mean of per-example scores x 100 [95% bootstrap interval]");
    assertThat(lines.get(3)).isEqualTo(
        "ROUGE|types:rouge1,rougeL|stem:no|tok:rouge-score|sent:newline+<n>|agg:mean|bs:1000|seed:12345|impl:rdrop-dev");
  }

  @Test
  void corpusJsonIsReproducibleAndItsIntervalContainsTheMean() throws IOException {
    StringBuilder r = new StringBuilder();
    StringBuilder h = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      r.append("word").append(i % 4).append(" shared text number ").append(i).append('\n');
      h.append("shared text ").append(i % 3 == 0 ? "number " + i : "other").append('\n');
    }
    Path ref = write("ref", r.toString());
    Path hyp = write("hyp", h.toString());
    CommandOutcome a = run(ref.toString(), "-i", hyp.toString(), "-f", "json", "--seed", "99", "--bootstrap-n", "500");
    CommandOutcome b = run(ref.toString(), "-i", hyp.toString(), "-f", "json", "--seed", "99", "--bootstrap-n", "500");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    JsonNode j = json.readTree(a.out());
    assertThat(j.get("examples").asInt()).isEqualTo(30);
    assertThat(j.get("signature").asText()).contains("|bs:500|seed:99|");
    for (String type : List.of("rouge1", "rouge2", "rougeL", "rougeLsum")) {
      for (String m : List.of("precision", "recall", "fmeasure")) {
        JsonNode e = j.get(type).get(m);
        assertThat(e.get("low").asDouble()).as("%s %s", type, m).isLessThanOrEqualTo(e.get("mean").asDouble());
        assertThat(e.get("high").asDouble()).as("%s %s", type, m).isGreaterThanOrEqualTo(e.get("mean").asDouble());
      }
    }
    CommandOutcome other = run(ref.toString(), "-i", hyp.toString(), "-f", "json", "--seed", "100", "--bootstrap-n", "500");
    assertThat(other.out()).isNotEqualTo(a.out());
  }

  @Test
  void perExampleTextIsATabSeparatedTable() throws IOException {
    Path ref = write("ref", "a b\n");
    Path hyp = write("hyp", "a c\n");
    CommandOutcome o = run(ref.toString(), "-i", hyp.toString(), "--per-example", "--types", "rouge1,rouge2");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).isEqualTo("example\trouge1.precision\trouge1.recall\trouge1.fmeasure"
        + "\trouge2.precision\trouge2.recall\trouge2.fmeasure\n"
        + "1\t0.5\t0.5\t0.5\t0.0\t0.0\t0.0\n");
  }
}
