package org.rdrop.corpora.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SentimentDatasetTest {
  static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void elementsBecomeTsvLinesAndTheTrailingEmptyElementIsSkipped() {
    assertThat(SentimentDataset.lines(json("[{\"text\":\"Great  food.\\t \",\"class\":1},{\"text\":\"Meh\",\"class\":0},"
        + "{\"text\":\"\",\"class\":null}]"), "f.json", "yelp"))
        .containsExactly("Great food.\t1\tyelp", "Meh\t0\tyelp");
  }

  @Test
  void anEmptyElementAnywhereElseOrAnotherClassIsAnError() {
    assertThatThrownBy(() -> SentimentDataset.lines(json("[{\"text\":\"\",\"class\":null},{\"text\":\"a\",\"class\":1}]"),
        "f.json", "imdb")).hasMessage("sentiment: f.json: element 0 is not {\"text\": string, \"class\": 0 or 1}");
    assertThatThrownBy(() -> SentimentDataset.lines(json("[{\"text\":\"a\",\"class\":2}]"), "f.json", "imdb"))
        .hasMessageContaining("element 0");
  }

  @Test
  void everyTenthSentenceIsTestAndTheFifthAfterItValid() {
    assertThat(SentimentDataset.split(0)).isEqualTo("test");
    assertThat(SentimentDataset.split(5)).isEqualTo("valid");
    assertThat(SentimentDataset.split(990)).isEqualTo("test");
    assertThat(SentimentDataset.split(7)).isEqualTo("train");
  }
}
