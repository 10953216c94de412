package org.rdrop.trainer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainConfigLoaderTest {
  @TempDir Path dir;

  /** The experiment files at the repository root (tests run from the module directory). */
  static Path experiment(String name) {
    return Path.of("..", "experiments", name + ".yaml");
  }

  @Test
  void loadsTheShippedExperiments() throws IOException {
    TrainConfig smoke = TrainConfigLoader.load(experiment("smoke"));
    assertThat(smoke.model().embedDim()).isEqualTo(32);
    assertThat(smoke.regularization().alpha()).isEqualTo(5.0);
    TrainConfig iwslt = TrainConfigLoader.load(experiment("iwslt14-de-en"));
    assertThat(iwslt.model().ffnDim()).isEqualTo(1024);
    assertThat(iwslt.schedule().warmupUpdates()).isEqualTo(4000);
    assertThat(iwslt.optimizer().betas()).containsExactly(0.9, 0.98);
    assertThat(TrainConfigLoader.load(experiment("bible-en-es")).device()).isEqualTo("cpu");
  }

  @Test
  void unknownKeyIsNamed() throws IOException {
    String yaml = Files.readString(experiment("smoke")).replace("    dropout: 0.3\n", "    dropout: 0.3\n    dropuot: 0.1\n");
    Path f = Files.writeString(dir.resolve("typo.yaml"), yaml);
    assertThatThrownBy(() -> TrainConfigLoader.load(f))
        .hasMessageContaining(f.toString())
        .hasMessageContaining("dropuot");
  }

  @Test
  void missingKeyIsNamed() throws IOException {
    String yaml = Files.readString(experiment("smoke")).replace("  checkpoint_every: 10\n", "");
    Path f = Files.writeString(dir.resolve("missing.yaml"), yaml);
    assertThatThrownBy(() -> TrainConfigLoader.load(f)).hasMessageContaining("checkpoint_every");
  }

  @Test
  void badValueIsNamed() throws IOException {
    String yaml = Files.readString(experiment("smoke")).replace("consistency: kl", "consistency: js");
    Path f = Files.writeString(dir.resolve("bad.yaml"), yaml);
    assertThatThrownBy(() -> TrainConfigLoader.load(f)).hasMessageContaining("train.regularization.consistency");
  }

  @Test
  void convergenceKeysAreRequiredAndChecked() throws IOException {
    String smoke = Files.readString(experiment("smoke"));
    assertThat(TrainConfigLoader.load(experiment("smoke")).convergence()).isEqualTo(TrainConfig.Convergence.OFF);
    Path missing = Files.writeString(dir.resolve("missing.yaml"), smoke.replaceAll("    patience: 0 .*\n", ""));
    assertThatThrownBy(() -> TrainConfigLoader.load(missing)).hasMessageContaining("patience");
    Path bleu = Files.writeString(dir.resolve("bleu.yaml"), smoke.replace("best_metric: loss", "best_metric: bleu"));
    assertThatThrownBy(() -> TrainConfigLoader.load(bleu)).hasMessageContaining("train.convergence.best_metric");
    Path avg = Files.writeString(dir.resolve("avg.yaml"), smoke.replace("final_model: last", "final_model: average"));
    assertThatThrownBy(() -> TrainConfigLoader.load(avg)).hasMessageContaining("train.convergence.average_last");
  }

  @Test
  void errorsAreOneLineAtTheKey() throws IOException {
    String smoke = Files.readString(experiment("smoke"));
    Path typo = Files.writeString(dir.resolve("typo.yaml"), smoke.replace("    dropout: 0.3\n", "    dropuot: 0.3\n"));
    assertThat(messageOf(typo)).isEqualTo(typo + ":" + lineOf(typo, "    dropuot: 0.3")
        + ":5: key 'train.regularization.dropuot': unknown key; did you mean 'dropout'?");
    Path zero = Files.writeString(dir.resolve("zero.yaml"), smoke.replace("  checkpoint_every: 10\n", "  checkpoint_every: 0\n"));
    assertThat(messageOf(zero)).isEqualTo(zero + ":" + lineOf(zero, "  checkpoint_every: 0")
        + ":3: key 'train.checkpoint_every': must be >= 1");
  }

  @Test
  void aFileHoldingOnlyTheTrainSectionNamesKeysAsInAnExperiment() throws IOException {
    String smoke = Files.readString(experiment("smoke"));
    String section = smoke.substring(smoke.indexOf("train:\n") + "train:\n".length(), smoke.indexOf("eval:\n"))
        .replaceAll("(?m)^  ", "");
    Path ok = Files.writeString(dir.resolve("section.yaml"), section);
    assertThat(TrainConfigLoader.load(ok)).isEqualTo(TrainConfigLoader.load(experiment("smoke")));
    Path f = Files.writeString(dir.resolve("bad.yaml"), section.replace("threads: 2\n", "threads: 2.5\n"));
    assertThat(messageOf(f)).isEqualTo(f + ":" + lineOf(f, "threads: 2.5")
        + ":1: key 'train.threads': must be a whole number, not '2.5'");
  }

  private static String messageOf(Path f) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> TrainConfigLoader.load(f));
    assertThat(t).isInstanceOf(IOException.class);
    return t.getMessage();
  }

  private static int lineOf(Path f, String line) throws IOException {
    int i = Files.readAllLines(f).indexOf(line);
    assertThat(i).isNotNegative();
    return i + 1;
  }
}
