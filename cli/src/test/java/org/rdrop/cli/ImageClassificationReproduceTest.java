package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.config.Experiments;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.testkit.junit.CommandOutcome;

/** {@code reproduce digits-vit} end to end with a few updates, and a bad CSV value stopping preparation. */
class ImageClassificationReproduceTest {
  @TempDir Path dir;

  @Test
  void reproduceTrainsBothClassifiersAndReportsTestAccuracy() throws IOException {
    Path run = dir.resolve("run");
    CommandOutcome o = CliTest.run("reproduce", "digits-vit", "--out", run.toString(), "--steps", "15");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Accuracy % (test)");

    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages()).extracting(RunManifest.Stage::name).containsExactly("read", "labels", "batch",
        "train-baseline", "train-rdrop", "evaluate-baseline-test", "evaluate-rdrop-test", "report");
    for (RunManifest.Artifact a : m.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    // datasets/README.md: 1,444 / 177 / 176 images; the label dictionary lists the 10 classes in order.
    assertThat(m.stages().get(0).statistics()).containsEntry("train/images", 1444L)
        .containsEntry("valid/images", 177L).containsEntry("test/images", 176L);
    assertThat(Files.readAllLines(run.resolve("data/dict.txt"))).hasSize(10).first().asString().startsWith("0 ");

    JsonNode acc = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile()).get("metrics").get(0);
    assertThat(acc.get("higher_is_better").asBoolean()).isTrue();
    assertThat(acc.get("paper").get("task").asText()).contains("CIFAR-100");
    for (String method : List.of("baseline", "rdrop")) {
      List<String> rows = Files.readAllLines(run.resolve(method + "/predictions.test.tsv"));
      assertThat(rows).hasSize(177);
      long correct = rows.subList(1, rows.size()).stream().map(r -> r.split("\t")).filter(f -> f[1].equals(f[2])).count();
      assertThat(acc.get(method).asDouble()).as(method).isCloseTo(100.0 * correct / 176, within(1e-9));
    }
  }

  @Test
  void aBadPixelValueStopsPreparationNamingFileLineAndColumn() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Path full = Experiments.home().resolve("datasets/digits");
    for (String split : List.of("train", "valid", "test")) {
      Files.copy(full.resolve(split + ".csv"), corpus.resolve(split + ".csv"));
    }
    List<String> valid = new java.util.ArrayList<>(Files.readAllLines(corpus.resolve("valid.csv")));
    valid.set(2, valid.get(2).replaceFirst("^(\\d+),(\\d+),", "$1,$2,99,").replaceFirst(",99,\\d+,", ",99,"));
    Files.write(corpus.resolve("valid.csv"), valid, StandardCharsets.UTF_8);
    String col = String.valueOf(valid.get(2).indexOf(",99,") + 2);
    CommandOutcome o = CliTest.run("prepare", "digits-vit", "--data", corpus.toString(), "--out",
        dir.resolve("run").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains(corpus.resolve("valid.csv") + ":3:" + col + ": field 3: pixel value 99 is outside 0..16");
    assertThat(dir.resolve("run/manifest.json")).doesNotExist();
  }

  @Test
  void maxTrainPairsKeepsTheFirstTrainingImagesAndSaysSoInTheReadStage() throws IOException {
    String yaml = Files.readString(Experiments.home().resolve("experiments/digits-vit.yaml"))
        .replace("  corpus: ../datasets/digits", "  corpus: " + Experiments.home().resolve("datasets/digits")
            + "\n  max_train_pairs: 300");
    Path exp = Files.writeString(dir.resolve("digits-300.yaml"), yaml);
    Path run = dir.resolve("run");
    CommandOutcome o = CliTest.run("prepare", exp.toString(), "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages().get(0).statistics()).containsEntry("train/images", 300L).containsEntry("valid/images", 177L)
        .containsEntry("test/images", 176L);
    assertThat(m.stages().get(0).parameters()).containsEntry("max_train_images", 300);
    List<String> ids = Files.readAllLines(run.resolve("data/train.ids.tsv"));
    assertThat(ids).hasSize(300);
    assertThat(ids.get(299)).startsWith("300\t");
  }
}
