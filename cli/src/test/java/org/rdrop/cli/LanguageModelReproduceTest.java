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
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.junit.CommandOutcome;

/** {@code reproduce moby-dick-lm} end to end, on the first paragraphs of each split and a few updates. */
class LanguageModelReproduceTest {
  @TempDir Path dir;

  @Test
  void reproduceTrainsBothLanguageModelsAndReportsTestPerplexity() throws IOException {
    Path corpus = firstLines(80, 10, 10);
    Path run = dir.resolve("run");
    CommandOutcome o = CliTest.run("reproduce", "moby-dick-lm", "--data", corpus.toString(), "--out", run.toString(),
        "--steps", "12");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Perplexity (test").contains("Report: ");

    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages()).extracting(RunManifest.Stage::name).containsExactly("read", "tokenize", "bpe", "vocab",
        "batch", "train-baseline", "train-rdrop", "evaluate-baseline-test", "evaluate-rdrop-test", "evaluate-baseline-valid", "evaluate-rdrop-valid",
        "report");
    for (RunManifest.Artifact a : m.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    RunManifest.Stage batch = m.stages().get(4);
    RunManifest.Stage vocab = m.stages().get(3);
    // Every token of the test split lies in exactly one block.
    assertThat(batch.statistics().get("test/tokens")).isEqualTo(vocab.statistics().get("test/tokens"));
    assertThat(m.stages().get(0).statistics().get("test/lines")).isEqualTo(10L);
    assertThat(batch.parameters().get("tokens_per_sample")).isEqualTo(64);

    JsonNode report = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile());
    JsonNode ppl = report.get("metrics").get(0);
    assertThat(ppl.get("higher_is_better").asBoolean()).isFalse();
    assertThat(ppl.get("paper").get("task").asText()).contains("Wikitext-103");
    assertThat(ppl.get("paper").get("delta").asDouble()).isEqualTo(-1.68);
    // Validation is scored as test is (the context window), in its own row; the paper is beside test only.
    JsonNode validPpl = report.get("metrics").get(1);
    assertThat(validPpl.get("id").asText()).isEqualTo("perplexity_valid");
    assertThat(validPpl.get("name").asText()).startsWith("Perplexity (valid, fairseq eval-lm with a context window");
    assertThat(validPpl.get("paper").isNull()).isTrue();
    // Each reported perplexity is exp(total nll / total tokens) of the per-block scores each method wrote,
    // and every token of the split is scored once.
    for (String split : List.of("test", "valid")) {
      JsonNode row = split.equals("test") ? ppl : validPpl;
      for (String method : List.of("baseline", "rdrop")) {
        double nll = 0;
        long tokens = 0;
        List<String> rows = Files.readAllLines(run.resolve(method + "/lm-scores." + split + ".tsv"));
        for (String r : rows.subList(1, rows.size())) {
          String[] f = r.split("\t");
          tokens += Long.parseLong(f[1]);
          nll += Double.longBitsToDouble(Long.parseUnsignedLong(f[3], 16));
        }
        assertThat(tokens).as(split).isEqualTo(vocab.statistics().get(split + "/tokens"));
        assertThat(row.get(method).asDouble()).as(split + " " + method).isCloseTo(Math.exp(nll / tokens), within(1e-9));
      }
      assertThat(row.get("delta").asDouble())
          .isCloseTo(row.get("rdrop").asDouble() - row.get("baseline").asDouble(), within(1e-9));
      assertThat(row.get("p_value").isNumber()).isTrue();
    }
    assertThat(run.resolve("report.md")).content().contains("| Perplexity (test");
  }

  @Test
  void maxTrainPairsKeepsTheFirstTrainingLinesAndSaysSoInTheReadStage() throws IOException {
    Path corpus = firstLines(60, 8, 8);
    String yaml = Files.readString(Experiments.home().resolve("experiments/moby-dick-lm.yaml"))
        .replace("  corpus: ../datasets/moby-dick", "  corpus: " + corpus + "\n  max_train_pairs: 25");
    Path exp = Files.writeString(dir.resolve("lm-25.yaml"), yaml);
    Path run = dir.resolve("run");
    CommandOutcome o = CliTest.run("prepare", exp.toString(), "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    RunManifest.Stage read = ManifestJson.read(run.resolve("manifest.json")).stages().get(0);
    assertThat(read.statistics()).containsEntry("train/lines", 25L).containsEntry("valid/lines", 8L)
        .containsEntry("test/lines", 8L);
    assertThat(read.parameters()).containsEntry("max_train_lines", 25);
    // The kept lines are the file's first 25, in order, each with </s> (id 2) appended.
    List<String> ids = Files.readAllLines(run.resolve("data/train.ids.tsv"));
    assertThat(ids).hasSize(25);
    assertThat(ids).extracting(l -> l.substring(0, l.indexOf('\t'))).containsExactly(
        java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toArray(String[]::new));
    List<String> tok = Files.readAllLines(run.resolve("data/train.tok"));
    assertThat(tok).hasSize(25);
  }

  /** corpus/ with the first lines of datasets/moby-dick's train, valid and test splits. */
  private Path firstLines(int train, int valid, int test) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path full = Experiments.home().resolve("datasets/moby-dick");
    int[] counts = {train, valid, test};
    String[] splits = {"train", "valid", "test"};
    for (int i = 0; i < splits.length; i++) {
      List<String> lines = Files.readAllLines(full.resolve(splits[i] + ".txt"), StandardCharsets.UTF_8);
      Files.write(corpus.resolve(splits[i] + ".txt"), lines.subList(0, counts[i]), StandardCharsets.UTF_8);
    }
    return corpus;
  }
}
