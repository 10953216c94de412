package org.rdrop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("s.yaml"), yaml);
  }

  @Test
  void aTwoAxisGridIsEveryCellOfTheBaseWithItsSettingsAndValues() throws IOException {
    Path f = write("name: g\ndescription: d\nexperiment: digits-vit\n"
        + "settings:\n  train.regularization.pass_dropouts: [0.1, 0.1]\n"
        + "rows: {key: train.regularization.pass_dropouts.0, label: p1, values: [0.1, 0.3]}\n"
        + "columns: {key: train.regularization.pass_dropouts.1, label: p2, values: [0.2, 0.4]}\n"
        + "metric: accuracy\nbest: {cell: [0.3, 0.2], source: s}\n");
    List<Study.Variant> v = Study.load(f.toString()).variants();
    assertThat(v).extracting(Study.Variant::name).containsExactly("p1-0.1_p2-0.2", "p1-0.1_p2-0.4", "p1-0.3_p2-0.2",
        "p1-0.3_p2-0.4");
    assertThat(v.get(2).experiment().config().train().regularization().passDropouts()).containsExactly(0.3, 0.2);
    // Nothing else changes: the variant is the base experiment with those values.
    ExperimentConfig base = Experiments.load("digits-vit").config();
    assertThat(v.get(2).experiment().config().train().regularization().alpha()).isEqualTo(base.train().regularization().alpha());
    assertThat(v.get(2).experiment().config().name()).isEqualTo("digits-vit");
    assertThat(v.get(2).experiment().corpusDir(null)).isEqualTo(Experiments.load("digits-vit").corpusDir(null));
  }

  @Test
  void oneAxisNamesItsVariantsByLabelAndValue() throws IOException {
    Path f = write("name: k\ndescription: d\nexperiment: digits-vit\n"
        + "rows: {key: train.regularization.every, label: k, values: [1, 5]}\nmetric: accuracy\n");
    List<Study.Variant> v = Study.load(f.toString()).variants();
    assertThat(v).extracting(Study.Variant::name).containsExactly("k-1", "k-5");
    assertThat(v.get(1).experiment().config().train().regularization().every()).isEqualTo(5);
  }

  @Test
  void aKeyTheExperimentDoesNotHaveOrAValueItRefusesIsNamed() throws IOException {
    Path typo = write("name: k\ndescription: d\nexperiment: digits-vit\n"
        + "rows: {key: train.regularization.evry, label: k, values: [1]}\nmetric: accuracy\n");
    assertThatThrownBy(() -> Study.load(typo.toString()).variants())
        .hasMessageContaining("variant k-1: key 'train.regularization.evry': no such key in the experiment");
    Path bad = write("name: k\ndescription: d\nexperiment: digits-vit\n"
        + "rows: {key: train.regularization.dropout, label: p, values: [1.5]}\nmetric: accuracy\n");
    assertThatThrownBy(() -> Study.load(bad.toString()).variants())
        .hasMessageContaining("variant p-1.5: key 'train.regularization.dropout'").hasMessageContaining("[0, 1)");
    Path cell = write("name: k\ndescription: d\nexperiment: digits-vit\n"
        + "rows: {key: train.regularization.every, label: k, values: [1, 1]}\nmetric: accuracy\nbest: {cell: [1, 2], source: s}\n");
    assertThatThrownBy(() -> Study.load(cell.toString())).hasMessageContaining("key 'rows.values'")
        .hasMessageContaining("twice");
  }

  @Test
  void theBuiltInStudiesLoadWithTheirVariants() {
    assertThat(Study.load("k-step").variants()).hasSize(4);
    assertThat(Study.load("passes").variants()).hasSize(2);
    assertThat(Study.load("dropout-grid").variants()).hasSize(25);
    assertThat(Study.load("alpha").variants()).hasSize(7);
  }
}
