package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rdrop.format.ManifestJson;

class ReportConsistencyTest {
  static JsonNode row(String json) throws Exception {
    return ManifestJson.MAPPER.readTree(json.replace('\'', '"'));
  }

  @Test
  void aRowAsEvaluationWritesItIsConsistent() throws Exception {
    assertThat(ReportConsistency.problems(row("{'baseline': 3.5, 'rdrop': 4.25, 'delta': 0.75,"
        + " 'baseline_ci95': [3.0, 4.0], 'rdrop_ci95': [4.0, 4.5], 'delta_ci95': [0.25, 1.0], 'p_value': 0.02}")))
        .isEmpty();
  }

  @Test
  void aRowWithoutIntervalsOrTestIsConsistent() throws Exception {
    assertThat(ReportConsistency.problems(row("{'baseline': 3.5, 'rdrop': 4.25, 'delta': 0.75,"
        + " 'delta_ci95': null, 'p_value': null}"))).isEmpty();
  }

  @Test
  void aForgedDeltaIsNamedWithTheArithmeticAndItsInterval() throws Exception {
    assertThat(ReportConsistency.problems(row("{'baseline': 3.5, 'rdrop': 3.5, 'delta': 2.7,"
        + " 'delta_ci95': [0.0, 0.0], 'p_value': 1.0}"))).containsExactly(
            "delta 2.7 is not rdrop - baseline = 3.5 - 3.5 = 0.0",
            "delta_ci95 [0.0,0.0] does not hold its value 2.7");
  }

  @Test
  void disorderedIntervalsMalformedIntervalsAndPValuesOutOfRangeAreNamed() throws Exception {
    assertThat(ReportConsistency.problems(row("{'baseline': 1.0, 'rdrop': 2.0, 'delta': 1.0,"
        + " 'baseline_ci95': [2.0, 0.5], 'rdrop_ci95': [2.0], 'p_value': 0.0}"))).containsExactly(
            "baseline_ci95 [2.0,0.5] is not ordered (lower > upper)",
            "rdrop_ci95 [2.0] is not two numbers",
            "p_value 0.0 is not in (0, 1]");
  }
}
