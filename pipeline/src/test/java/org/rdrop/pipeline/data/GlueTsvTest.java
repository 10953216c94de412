package org.rdrop.pipeline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.trainer.data.RegressionTarget;

/** GLUE's TSV files: single sentences, pairs, class labels, numeric labels, and errors naming file, line and field. */
class GlueTsvTest {
  @TempDir Path dir;

  static final ExperimentConfig.Sentences SST2 = new ExperimentConfig.Sentences(true, 0, null, 1, List.of("0", "1"));
  // RTE's dev.tsv: index, sentence1, sentence2, label
  static final ExperimentConfig.Sentences RTE =
      new ExperimentConfig.Sentences(true, 1, 2, 3, List.of("not_entailment", "entailment"));
  // STS-B's files: ten columns, the pair in 8 and 9, the score last
  static final ExperimentConfig.Sentences STSB = new ExperimentConfig.Sentences(true, 7, 8, 9, null);

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("dev.tsv"), content);
  }

  @Test
  void singleSentencesWithClassLabels() throws IOException {
    List<GlueTsv.Row> rows = new GlueTsv(SST2).read(file("sentence\tlabel\nit 's a charming journey . \t1\nbad\t0\n"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).sentence1()).isEqualTo("it 's a charming journey .");
    assertThat(rows.get(0).sentence2()).isNull();
    assertThat(rows.get(0).target()).containsExactly(5); // class 1 after the 4 specials
    assertThat(rows.get(1).target()).containsExactly(4);
  }

  @Test
  void pairsWithNamedLabels() throws IOException {
    List<GlueTsv.Row> rows = new GlueTsv(RTE).read(file(
        "index\tsentence1\tsentence2\tlabel\n0\tA man sleeps.\tSomeone sleeps.\tentailment\n"
            + "1\tA dog runs.\tA cat sits.\tnot_entailment\n"));
    assertThat(rows).extracting(GlueTsv.Row::sentence2).containsExactly("Someone sleeps.", "A cat sits.");
    assertThat(rows.get(0).target()).containsExactly(5);
    assertThat(rows.get(1).target()).containsExactly(4);
  }

  @Test
  void regressionScoresAreKeptAsFloats() throws IOException {
    List<GlueTsv.Row> rows = new GlueTsv(STSB).read(file(
        "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n"
            + "0\tmain-captions\tMSRvid\t2012test\t0001\tnone\tnone\tA plane is taking off.\tAn air plane is taking off.\t5.000\n"
            + "1\tmain-captions\tMSRvid\t2012test\t0004\tnone\tnone\tA man plays a flute.\tA man plays a guitar.\t-0.0\n"
            + "2\tx\tx\tx\tx\tx\tx\ta\tb\t3.8\n"));
    assertThat(rows).extracting(GlueTsv.Row::value).containsExactly(5f, 0f, 3.8f);
    assertThat(Float.floatToIntBits(rows.get(1).value())).as("-0 is read as 0").isZero();
    assertThat(rows.get(2).target()).isEqualTo(RegressionTarget.ids(3.8f));
  }

  @Test
  void withoutAHeaderTheFirstLineIsAnExample() throws IOException {
    // CoLA ships without a header: source, label, original label, sentence
    var cola = new ExperimentConfig.Sentences(false, 3, null, 1, List.of("0", "1"));
    List<GlueTsv.Row> rows = new GlueTsv(cola).read(file("gj04\t1\t\tOur friends won't buy this analysis.\n"));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(1);
      assertThat(r.sentence1()).isEqualTo("Our friends won't buy this analysis.");
      assertThat(r.target()).containsExactly(5);
    });
  }

  @Test
  void badLinesNameFileLineAndField() throws IOException {
    Path f = file("sentence\tlabel\nfine\t1\nshort line\n");
    assertThatThrownBy(() -> new GlueTsv(SST2).read(f))
        .isInstanceOf(CorpusFormatException.class)
        .hasMessage(f + ":3: field 2 (label): the line has 1 tab-separated fields");
    Path g = file("sentence\tlabel\nfine\t2\n");
    assertThatThrownBy(() -> new GlueTsv(SST2).read(g)).hasMessage(g + ":2: field 2 (label): '2' is not one of [0, 1]");
    Path h = file("sentence\tlabel\n  \t1\n");
    assertThatThrownBy(() -> new GlueTsv(SST2).read(h)).hasMessage(h + ":2: field 1 (sentence1): the sentence is empty");
    Path i = file("h\th\th\th\th\th\th\th\th\th\n0\t\t\t\t\t\t\ta\tb\tNaN\n");
    assertThatThrownBy(() -> new GlueTsv(STSB).read(i)).hasMessage(i + ":2: field 10 (label): 'NaN' is not a decimal number");
    Path j = file("h\th\th\th\th\th\th\th\th\th\n0\t\t\t\t\t\t\ta\tb\t1e400\n");
    assertThatThrownBy(() -> new GlueTsv(STSB).read(j)).hasMessageContaining("'1e400' is not a decimal number");
  }

  @Test
  void aFileWithoutExamplesOrMissingIsAnError() throws IOException {
    Path f = file("sentence\tlabel\n");
    assertThatThrownBy(() -> new GlueTsv(SST2).read(f)).hasMessage(f + ": no labelled sentences after the header");
    Path missing = dir.resolve("train.tsv");
    assertThatThrownBy(() -> new GlueTsv(SST2).read(missing)).hasMessage(missing + ": corpus file not found");
  }
}
