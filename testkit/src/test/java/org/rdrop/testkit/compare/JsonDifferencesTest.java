package org.rdrop.testkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rdrop.format.ManifestJson;

class JsonDifferencesTest {
  static JsonNode json(String s) throws Exception {
    return ManifestJson.MAPPER.readTree(s.replace('\'', '"'));
  }

  @Test
  void equalDocumentsHaveNoDifference() throws Exception {
    assertThat(JsonDifferences.of(json("{'a': [1, {'b': null}]}"), json("{'a': [1, {'b': null}]}"))).isEmpty();
  }

  @Test
  void rowsWithAnIdAreNamedByItAndOtherElementsByPosition() throws Exception {
    JsonNode recorded = json("{'metrics': [{'id': 'bleu', 'delta': 2.7}], 'notes': ['x', 'y']}");
    JsonNode derived = json("{'metrics': [{'id': 'bleu', 'delta': -2.12}], 'notes': ['x', 'z']}");
    assertThat(JsonDifferences.of(recorded, derived)).containsExactly(
        "metrics[bleu].delta: recorded 2.7, re-derived -2.12",
        "notes[1]: recorded \"y\", re-derived \"z\"");
  }

  @Test
  void absentFieldsAndListsOfAnotherLengthAreNamed() throws Exception {
    assertThat(JsonDifferences.of(json("{'a': 1, 'l': [1, 2]}"), json("{'b': 1, 'l': [1]}"))).containsExactly(
        "a: recorded 1, re-derived (absent)",
        "b: recorded (absent), re-derived 1",
        "l: recorded [1,2], re-derived [1]");
  }
}
