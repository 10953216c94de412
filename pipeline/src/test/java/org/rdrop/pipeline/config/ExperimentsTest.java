package org.rdrop.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsTest {
  @TempDir Path dir;

  @Test
  void builtInExperimentsLoadAndIncludeTheRequiredOnes() {
    assertThat(Experiments.builtIn()).contains("smoke", "bible-en-es", "iwslt14-de-en");
    for (String name : Experiments.builtIn()) {
      Experiments.Experiment e = Experiments.load(name);
      assertThat(e.config().name()).isEqualTo(name);
    }
  }

  @Test
  void iwsltFollowsTheOfficialScript() {
    ExperimentConfig c = Experiments.load("iwslt14-de-en").config();
    // Values of the official R-Drop code (github.com/dropreg/R-Drop), its IWSLT14 De-En training script.
    assertThat(c.train().model().embedDim()).isEqualTo(512);
    assertThat(c.train().model().ffnDim()).isEqualTo(1024);
    assertThat(c.train().model().heads()).isEqualTo(4);
    assertThat(c.train().model().encoderLayers()).isEqualTo(6);
    assertThat(c.train().model().decoderLayers()).isEqualTo(6);
    assertThat(c.train().optimizer().betas()).containsExactly(0.9, 0.98);
    assertThat(c.train().optimizer().lr()).isEqualTo(5e-4);
    assertThat(c.train().schedule().warmupUpdates()).isEqualTo(4000);
    assertThat(c.train().schedule().warmupInitLr()).isEqualTo(1e-7);
    assertThat(c.train().schedule().maxUpdates()).isEqualTo(300_000);
    assertThat(c.train().optimizer().weightDecay()).isEqualTo(1e-4);
    assertThat(c.train().regularization().dropout()).isEqualTo(0.3);
    assertThat(c.train().regularization().labelSmoothing()).isEqualTo(0.1);
    assertThat(c.train().regularization().alpha()).isEqualTo(5.0);
    assertThat(c.batch().maxTokens()).isEqualTo(4096);
    assertThat(c.train().seed()).isEqualTo(64);
    assertThat(c.bpe().merges()).isEqualTo(10_000);
    assertThat(c.tokenize().lowercase()).isTrue();
    assertThat(c.eval().beam()).isEqualTo(5);
  }

  @Test
  void userSuppliedCorpusIsDemandedByName() {
    Experiments.Experiment e = Experiments.load("iwslt14-de-en");
    assertThatThrownBy(() -> e.corpusDir(null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--data DIR")
        .hasMessageContaining("iwslt14-de-en");
    assertThat(e.corpusDir(dir)).isEqualTo(dir.toAbsolutePath());
  }

  @Test
  void unknownFieldNamesFileLineAndField() throws IOException {
    Path f = write(smoke().replace("  merges: 500", "  merges: 500\n  mergez: 3"));
    assertThatThrownBy(() -> Experiments.parse(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageMatching(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:3: key 'bpe.mergez': unknown key.*");
  }

  @Test
  void missingFieldIsNamed() throws IOException {
    Path f = write(smoke().replace("    alpha: 5.0\n", ""));
    assertThatThrownBy(() -> Experiments.parse(f)).hasMessageContaining("alpha");
  }

  @Test
  void wrongTypeIsNamed() throws IOException {
    Path f = write(smoke().replace("  threads: 2", "  threads: two"));
    assertThatThrownBy(() -> Experiments.parse(f)).hasMessageContaining("train.threads");
  }

  @Test
  void badValueIsNamedWithWhatWasExpected() throws IOException {
    Path f = write(smoke().replace("  threads: 2", "  threads: 0"));
    assertThatThrownBy(() -> Experiments.parse(f))
        .hasMessageContaining("train.threads")
        .hasMessageContaining(">= 1")
        .hasMessageContaining("got 0");
  }

  @Test
  void unknownExperimentListsTheBuiltInOnes() {
    assertThatThrownBy(() -> Experiments.load("nope"))
        .hasMessageContaining("unknown experiment 'nope'")
        .hasMessageContaining("smoke");
  }

  @Test
  void relativeCorpusResolvesAgainstTheExperimentFile() {
    Experiments.Experiment e = Experiments.load("smoke");
    assertThat(e.corpusDir(null)).isEqualTo(Experiments.home().resolve("datasets/bible-en-es"));
  }

  private static String smoke() throws IOException {
    return Files.readString(Experiments.home().resolve("experiments/smoke.yaml"));
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("exp.yaml");
    Files.writeString(f, text);
    return f;
  }
}
