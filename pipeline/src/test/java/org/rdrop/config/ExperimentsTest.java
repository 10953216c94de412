package org.rdrop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;

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
  void cnndmFollowsThePaperWhereRdropCan() {
    ExperimentConfig c = Experiments.load("cnndm-bart").config();
    // The paper and the official R-Drop script (BART on CNN/DailyMail): alpha 0.7, dropout 0.1, lr 3e-5, beam 4, length penalty 2.0,
    // min length 55, no repeated 3-gram; BART-large's shape.
    assertThat(c.task()).isEqualTo("summarization");
    assertThat(c.train().regularization().alpha()).isEqualTo(0.7);
    assertThat(c.train().regularization().dropout()).isEqualTo(0.1);
    assertThat(c.train().optimizer().lr()).isEqualTo(3e-5);
    assertThat(c.eval().beam()).isEqualTo(4);
    assertThat(c.eval().lengthPenalty()).isEqualTo(2.0);
    assertThat(c.eval().minLen()).isEqualTo(55);
    assertThat(c.eval().noRepeatNgramSize()).isEqualTo(3);
    assertThat(c.train().model().embedDim()).isEqualTo(1024);
    assertThat(c.train().model().encoderLayers()).isEqualTo(12);
    assertThat(c.train().model().maxPositions()).isEqualTo(1024);
    assertThatThrownBy(() -> Experiments.load("cnndm-bart").corpusDir(null))
        .hasMessageContaining("pass --data DIR with {train,valid,test}.source/.target files");
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
  void seedsMakeASeedSetWhoseRunsAreTheFileWithEachSeed() throws IOException {
    Path f = write(smoke().replace("  seed: 64\n", "  seed: 3\n") + "seeds: [3, 1, 2]\n");
    Experiments.Experiment set = Experiments.parse(f);
    assertThat(set.config().isSeedSet()).isTrue();
    assertThat(set.config().seeds()).containsExactly(3L, 1L, 2L);
    ExperimentConfig one = set.config().forSeed(2);
    assertThat(one.isSeedSet()).isFalse();
    assertThat(one.train().seed()).isEqualTo(2);
    // The run of seed 2 is the file with train.seed 2 and no seeds: the same canonical JSON, so the same identity.
    ExperimentConfig alone = Experiments.parse(write(smoke().replace("  seed: 64\n", "  seed: 2\n"))).config();
    assertThat(ManifestJson.toJson(one)).isEqualTo(ManifestJson.toJson(alone));
    assertThat(ManifestJson.toJson(alone)).doesNotContain("seed_set").doesNotContain("\"seeds\"");
  }

  @Test
  void badSeedListsAreNamed() throws IOException {
    assertThatThrownBy(() -> Experiments.parse(write(smoke() + "seeds: [64, 64]\n")))
        .hasMessageContaining("key 'seeds'").hasMessageContaining("distinct");
    assertThatThrownBy(() -> Experiments.parse(write(smoke() + "seeds: [1, 2]\n")))
        .hasMessageContaining("key 'train.seed'").hasMessageContaining("the first of seeds (1)");
    assertThatThrownBy(() -> Experiments.parse(write(smoke() + "seeds: []\n")))
        .hasMessageContaining("key 'seeds'").hasMessageContaining("at least one seed");
    assertThatThrownBy(() -> Experiments.parse(write(smoke() + "seeds: [64, -1]\n")))
        .hasMessageContaining("key 'seeds'").hasMessageContaining(">= 0");
    assertThatThrownBy(() -> Experiments.withSeeds(Experiments.load("smoke"), List.of(5L, 5L)))
        .hasMessageContaining("--seeds [5, 5]: seeds: must be distinct");
    assertThat(Experiments.withSeeds(Experiments.load("smoke"), List.of(5L, 6L)).config().train().seed()).isEqualTo(5);
  }

  @Test
  void commandsOfOneRunRefuseASeedSet() throws IOException {
    Experiments.Experiment set = Experiments.withSeeds(Experiments.load("smoke"), List.of(1L, 2L));
    assertThatThrownBy(() -> org.rdrop.pipeline.run.PrepareRun.reuseOrRun(set, set.corpusDir(null),
        Files.createTempDirectory("set"), null, System.err))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has seeds [1, 2], a seed set: ./rdrop reproduce runs it");
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
