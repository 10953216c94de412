package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * {@code reproduce} of the two GLUE-style tasks end to end on the first lines of their shipped data sets (a few
 * updates), the report's rows recomputed from the predictions, a rerun's bytes, and a bad label stopping
 * preparation.
 */
class SentenceTasksReproduceTest {
  @TempDir Path dir;

  /** The experiment {@code name} on the first {@code n} examples of each split of its data set. */
  private Path tiny(String name, String dataset, int n) throws IOException {
    Path corpus = dir.resolve(dataset);
    Files.createDirectories(corpus);
    for (String split : List.of("train", "valid", "test")) {
      List<String> lines = Files.readAllLines(Experiments.home().resolve("datasets/" + dataset + "/" + split + ".tsv"));
      Files.write(corpus.resolve(split + ".tsv"), lines.subList(0, n + 1), StandardCharsets.UTF_8);
    }
    String yaml = Files.readString(Experiments.home().resolve("experiments/" + name + ".yaml"))
        .replaceFirst("  corpus: \\S+", "  corpus: " + corpus);
    return Files.writeString(dir.resolve(name + ".yaml"), yaml);
  }

  private static List<String[]> predictions(Path run, String method) throws IOException {
    List<String> lines = Files.readAllLines(run.resolve(method + "/predictions.test.tsv"));
    List<String[]> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      out.add(l.split("\t"));
    }
    return out;
  }

  @Test
  void classificationReportsAccuracyF1AndMccFromItsPredictions() throws IOException {
    Path run = dir.resolve("cls");
    CommandOutcome o = CliTest.run("reproduce", tiny("sentiment-sentences", "sentiment-sentences", 120).toString(),
        "--out", run.toString(), "--steps", "6");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Accuracy % (test)", "F1 (test, points)", "Matthews corr. (test, points)");

    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.stages()).extracting(RunManifest.Stage::name).containsExactly("read", "tokenize", "bpe", "vocab",
        "batch", "train-baseline", "train-rdrop", "evaluate-baseline-test", "evaluate-rdrop-test", "report");
    for (RunManifest.Artifact a : m.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    assertThat(m.stages().get(0).statistics()).containsEntry("train/examples", 120L).containsEntry("test/examples", 120L);
    // <s> first, </s> last, unless cut to max_positions (128 ids), as the vocab stage counts
    List<String> ids = Files.readAllLines(run.resolve("data/test.ids.tsv"));
    assertThat(ids).allSatisfy(l -> assertThat(l).matches("\\d+\\t0( \\d+)+\\t[45]"));
    List<String> cut = ids.stream().filter(l -> !l.matches(".* 2\\t[45]")).toList();
    assertThat(cut).allSatisfy(l -> assertThat(l.split("\t")[1].split(" ")).hasSize(128));
    assertThat(m.stages().get(3).statistics()).containsEntry("test/truncated", (long) cut.size());

    JsonNode metrics = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile()).get("metrics");
    assertThat(metrics).extracting(x -> x.get("id").asText()).containsExactly("accuracy", "f1", "mcc");
    assertThat(metrics.get(0).get("paper").get("task").asText()).contains("GLUE");
    for (String method : List.of("baseline", "rdrop")) {
      List<String[]> p = predictions(run, method);
      assertThat(p).hasSize(120);
      double tp = 0, fp = 0, fn = 0, tn = 0;
      for (String[] f : p) {
        boolean pred = f[1].equals("1");
        boolean gold = f[2].equals("1");
        tp += pred && gold ? 1 : 0;
        fp += pred && !gold ? 1 : 0;
        fn += !pred && gold ? 1 : 0;
        tn += !pred && !gold ? 1 : 0;
      }
      assertThat(metrics.get(0).get(method).asDouble()).as(method).isCloseTo(100 * (tp + tn) / 120, within(1e-9));
      double f1 = 2 * tp + fp + fn == 0 ? 0 : 100 * 2 * tp / (2 * tp + fp + fn);
      assertThat(metrics.get(1).get(method).asDouble()).as(method).isCloseTo(f1, within(1e-9));
      double d = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
      double mcc = d == 0 ? 0 : 100 * (tp * tn - fp * fn) / Math.sqrt(d);
      assertThat(metrics.get(2).get(method).asDouble()).as(method).isCloseTo(mcc, within(1e-9));
    }
    CommandOutcome check = CliTest.run("check", run.toString());
    assertThat(check.out()).contains("report.json re-derived: identical");
  }

  @Test
  void regressionReportsCorrelationsAndARerunIsByteIdentical() throws IOException {
    Path exp = tiny("afinn-valence", "afinn-165", 100);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    for (Path run : List.of(a, b)) {
      CommandOutcome o = CliTest.run("reproduce", exp.toString(), "--out", run.toString(), "--steps", "6");
      assertThat(o.exit()).as(o.err()).isZero();
    }
    RunManifest ma = ManifestJson.read(a.resolve("manifest.json"));
    RunManifest mb = ManifestJson.read(b.resolve("manifest.json"));
    assertThat(mb.artifacts()).isEqualTo(ma.artifacts());
    assertThat(ma.stages().get(3).statistics()).containsEntry("test/truncated", 0L);

    JsonNode metrics = ManifestJson.MAPPER.readTree(a.resolve("report.json").toFile()).get("metrics");
    assertThat(metrics).extracting(x -> x.get("id").asText()).containsExactly("pearson", "spearman");
    for (String method : List.of("baseline", "rdrop")) {
      List<String[]> p = predictions(a, method);
      double[] x = p.stream().mapToDouble(f -> Float.parseFloat(f[1])).toArray();
      double[] y = p.stream().mapToDouble(f -> Float.parseFloat(f[2])).toArray();
      assertThat(y).contains(-2, 2); // the test words' valences: abandon -2, abilities 2, ...
      assertThat(metrics.get(0).get(method).asDouble()).isCloseTo(100 * new PearsonsCorrelation().correlation(x, y),
          within(1e-9));
      assertThat(metrics.get(1).get(method).asDouble()).isCloseTo(100 * new SpearmansCorrelation().correlation(x, y),
          within(1e-9));
    }
  }

  @Test
  void aLabelOutsideTheListStopsPreparationNamingFileLineAndField() throws IOException {
    Path exp = tiny("sentiment-sentences", "sentiment-sentences", 20);
    Path valid = dir.resolve("sentiment-sentences/valid.tsv");
    List<String> lines = new ArrayList<>(Files.readAllLines(valid));
    lines.set(3, lines.get(3).replaceFirst("\\t[01]\\t", "\t7\t"));
    Files.write(valid, lines, StandardCharsets.UTF_8);
    CommandOutcome o = CliTest.run("prepare", exp.toString(), "--out", dir.resolve("run").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains(valid + ":4: field 2 (label): '7' is not one of [0, 1]");
    assertThat(dir.resolve("run/manifest.json")).doesNotExist();
  }
}
