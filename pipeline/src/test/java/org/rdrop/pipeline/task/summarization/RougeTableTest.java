package org.rdrop.pipeline.task.summarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.rouge.RougeType;
import org.rdrop.rouge.Score;
import org.rdrop.testkit.junit.Conformance;

/** Summarization's ROUGE stage on fixed hypotheses, against values computed outside rdrop. */
class RougeTableTest {
  @TempDir Path tmp;

  @Test
  void matchesRougeScoreOnTheStemmedConformanceCases() throws IOException {
    // rouge-score's answers (conformance/rouge, use_stemmer=True), each case's newlines written as the <n>
    // marker of a CNN/DailyMail line: the table must turn them back into rougeLsum's sentence breaks.
    ObjectMapper json = new ObjectMapper();
    List<String> targets = new ArrayList<>();
    List<String> predictions = new ArrayList<>();
    List<JsonNode> expected = new ArrayList<>();
    for (String line : Files.readAllLines(Conformance.file("rouge", "cases.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      if (c.get("use_stemmer").asBoolean()) {
        targets.add(c.get("target").asText().replace("\n", "<n>"));
        predictions.add(c.get("prediction").asText().replace("\n", "<n>"));
        expected.add(c.get("scores"));
      }
    }
    assertThat(expected).hasSize(132);
    long[] ids = LongStream.rangeClosed(1, expected.size()).toArray();
    RougeTable table = RougeTable.score(ids, targets, predictions);
    for (int i = 0; i < expected.size(); i++) {
      for (RougeType t : RougeTable.TYPES) {
        for (Score.Measure m : Score.Measure.values()) {
          assertThat(table.scores().get(i).get(t.name()).get(m)).as("case %d %s %s", i + 1, t.name(), m.key())
              .isCloseTo(expected.get(i).get(t.name()).get(m.key()).asDouble(), within(1e-9));
        }
      }
    }
  }

  @Test
  void sentenceBreaksSeparateRougeLsumSentencesByHand() {
    // Tokens: the cat sat | the dog ran against the cat ran | a dog sat (no token is stemmed: all <= 3 letters).
    RougeTable t = RougeTable.score(new long[] {7}, List.of("The cat sat. <n> The dog ran."),
        List.of("The cat ran. <n> A dog sat."));
    Map<String, Score> s = t.scores().get(0);
    // rouge1: overlap the, cat, sat, dog, ran = 5 of 6 on each side.
    assertThat(s.get("rouge1").fmeasure()).isCloseTo(5.0 / 6, within(1e-12));
    // rouge2: only "the cat" of 5 bigrams a side (the marker is no token).
    assertThat(s.get("rouge2").precision()).isCloseTo(0.2, within(1e-12));
    assertThat(s.get("rouge2").recall()).isCloseTo(0.2, within(1e-12));
    // rougeL over the whole texts: "the cat ran" (3 of 6).
    assertThat(s.get("rougeL").fmeasure()).isCloseTo(0.5, within(1e-12));
    // rougeLsum: sentence 1 unions {the, cat} and {sat}: 3 hits; sentence 2 unions {the, ran} and {dog},
    // "the" already used up on the prediction side: 2 hits; 5 of 6.
    assertThat(s.get("rougeLsum").precision()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(s.get("rougeLsum").recall()).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void theTableReadsBackBitForBit() throws IOException {
    RougeTable t = RougeTable.score(new long[] {3, 9}, List.of("The cat sat. <n> The dog ran.", "a b c"),
        List.of("The cat ran. <n> A dog sat.", ""));
    Path f = tmp.resolve("rouge.test.tsv");
    Files.writeString(f, t.format());
    assertThat(Files.readAllLines(f).get(0)).isEqualTo("id\trouge1.precision\trouge1.recall\trouge1.fmeasure"
        + "\trouge2.precision\trouge2.recall\trouge2.fmeasure\trougeL.precision\trougeL.recall\trougeL.fmeasure"
        + "\trougeLsum.precision\trougeLsum.recall\trougeLsum.fmeasure");
    assertThat(Files.readAllLines(f).get(2)).isEqualTo("9" + "\t0.0".repeat(12));
    RougeTable back = RougeTable.read(f);
    assertThat(back.ids()).containsExactly(3, 9);
    assertThat(back.scores()).isEqualTo(t.scores());
    assertThat(back.format()).isEqualTo(t.format());
  }

  @Test
  void aMalformedTableNamesItsFileAndLine() throws IOException {
    Path f = tmp.resolve("rouge.test.tsv");
    String table = RougeTable.score(new long[] {1}, List.of("a"), List.of("a")).format();
    Files.writeString(f, table.replace("\t1.0\t", "\tone\t"));
    assertThatThrownBy(() -> RougeTable.read(f)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(f + ":2: ");
  }

  @Test
  void eachRowIsTheMeanFmeasureInPointsWithThePairedTest() {
    // Baseline: the hand-computed example (rouge1 F 5/6) and an empty summary (0): mean 41.67 points.
    // R-Drop: both summaries equal their references: 100 points.
    List<String> refs = List.of("The cat sat. <n> The dog ran.", "A bird flew.");
    RougeTable base = RougeTable.score(new long[] {1, 2}, refs, List.of("The cat ran. <n> A dog sat.", ""));
    RougeTable rdrop = RougeTable.score(new long[] {1, 2}, refs, refs);
    Map<Method, RougeTable> tables = new TreeMap<>(Map.of(Method.BASELINE, base, Method.RDROP, rdrop));
    List<Report.Metric> rows = EvaluateSummaries.metrics(tables, Map.of());
    assertThat(rows).extracting(Report.Metric::id).containsExactly("rouge1", "rouge2", "rougeL", "rougeLsum");
    Report.Metric r1 = rows.get(0);
    assertThat(r1.baseline()).isCloseTo(100 * (5.0 / 6) / 2, within(1e-9));
    assertThat(r1.rdrop()).isCloseTo(100, within(1e-9));
    assertThat(r1.delta()).isCloseTo(100 - 100 * (5.0 / 6) / 2, within(1e-9));
    assertThat(rows.get(1).baseline()).isCloseTo(100 * 0.2 / 2, within(1e-9));
    assertThat(rows.get(2).baseline()).isCloseTo(100 * 0.5 / 2, within(1e-9));
    assertThat(rows.get(3).baseline()).isCloseTo(100 * (5.0 / 6) / 2, within(1e-9));
    for (Report.Metric r : rows) {
      assertThat(r.higherIsBetter()).isTrue();
      assertThat(r.pValue()).isBetween(0.0, 1.0);
      assertThat(r.deltaCi95()).hasSize(2);
      assertThat(r.deltaCi95().get(0)).isLessThanOrEqualTo(r.delta());
      assertThat(r.deltaCi95().get(1)).isGreaterThanOrEqualTo(r.delta());
      assertThat(r.paper()).isNull();
    }
    // The same inputs give the same rows, bootstrap included.
    assertThat(EvaluateSummaries.metrics(tables, Map.of())).isEqualTo(rows);
  }
}
