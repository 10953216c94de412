package org.rdrop.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rdrop.testkit.junit.Conformance;

/**
 * Every case of conformance/rouge/cases.jsonl (the committed copy of ../shared/conformance/rouge, kept
 * equal to it by ConformanceCopyTest): every field of every type against rouge-score's answers, to 1e-9.
 */
class RougeConformanceTest {

  record Case(int line, String kind, boolean useStemmer, String target, String prediction, JsonNode scores) {
    @Override
    public String toString() {
      return "line " + line + " (" + kind + (useStemmer ? ", stemmed" : "") + ")";
    }
  }

  static List<Case> all() {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(Conformance.file("rouge", "cases.jsonl"), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(lines.get(i));
        cases.add(new Case(i + 1, c.get("kind").asText(), c.get("use_stemmer").asBoolean(),
            c.get("target").asText(), c.get("prediction").asText(), c.get("scores")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static Stream<Case> cases() {
    return all().stream();
  }

  @Test
  void allCasesAreThere() {
    List<Case> cases = all();
    assertThat(cases).hasSize(264);
    assertThat(cases).filteredOn(Case::useStemmer).hasSize(132);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesRougeScore(Case c) {
    Map<String, Score> scores = new RougeScorer(RougeType.ALL, c.useStemmer()).score(c.target(), c.prediction());
    assertThat(scores.keySet()).containsExactly("rouge1", "rouge2", "rougeL", "rougeLsum");
    List<String> expectedTypes = new ArrayList<>();
    c.scores().fieldNames().forEachRemaining(expectedTypes::add);
    assertThat(expectedTypes).containsExactlyInAnyOrderElementsOf(scores.keySet());
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      JsonNode expected = c.scores().get(e.getKey());
      for (Score.Measure m : Score.Measure.values()) {
        assertThat(e.getValue().get(m)).as("%s %s", e.getKey(), m.key())
            .isCloseTo(expected.get(m.key()).asDouble(), within(1e-9));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachTypeAloneScoresAsInTheFullList(Case c) {
    // rouge-score skips the whole-text tokens when rougeLsum is the only type; the scores do not change.
    Map<String, Score> all = new RougeScorer(RougeType.ALL, c.useStemmer()).score(c.target(), c.prediction());
    for (RougeType t : RougeType.ALL) {
      assertThat(new RougeScorer(List.of(t), c.useStemmer()).score(c.target(), c.prediction()))
          .containsExactlyEntriesOf(Map.of(t.name(), all.get(t.name())));
    }
  }
}
