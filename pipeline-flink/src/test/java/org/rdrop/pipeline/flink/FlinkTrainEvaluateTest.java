package org.rdrop.pipeline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * Training and evaluation of {@code smoke} on an embedded Flink mini-cluster write the DirectRunner's
 * bytes. The data is prepared once (FlinkPrepareTest covers preparation on Flink) and copied into three
 * run directories: the DirectRunner reference ({@code reproduce}), Flink at parallelism 2 ({@code
 * reproduce}, which reuses the copied preparation) and Flink at parallelism 4 ({@code train}, then {@code
 * evaluate}).
 *
 * <p>To keep the suite short on a shared machine: smoke's own training pairs (its first 2,000) but only
 * the first {@value #HELD_OUT} validation and test pairs, and {@value #STEPS} updates instead of 40.
 */
class FlinkTrainEvaluateTest {
  static final int HELD_OUT = 200;
  static final int STEPS = 10;

  @TempDir static Path runs;
  static Path direct;
  static Path flink2;
  static Path flink4;

  @BeforeAll
  static void runOnBothRunners() throws IOException {
    Path corpus = smallCorpus(runs.resolve("corpus"));
    Path prepared = runs.resolve("prepared");
    ok(RdropCli.run("prepare", "smoke", "--data", corpus.toString(), "--out", prepared.toString(),
        "--runner", "DirectRunner"));
    direct = copyPreparation(prepared, runs.resolve("direct"));
    flink2 = copyPreparation(prepared, runs.resolve("flink-2"));
    flink4 = copyPreparation(prepared, runs.resolve("flink-4"));

    String steps = Integer.toString(STEPS);
    String data = corpus.toString();
    ok(RdropCli.run("reproduce", "smoke", "--data", data, "--out", direct.toString(), "--steps", steps,
        "--runner", "DirectRunner"));
    ok(RdropCli.run("reproduce", "smoke", "--data", data, "--out", flink2.toString(), "--steps", steps,
        "--runner", "FlinkRunner", "--parallelism", "2"));
    ok(RdropCli.run("train", "smoke", "--data", data, "--out", flink4.toString(), "--steps", steps,
        "--runner", "FlinkRunner", "--flink-master", "[local]", "--parallelism", "4"));
    ok(RdropCli.run("evaluate", flink4.toString(), "--runner", "FlinkRunner", "--parallelism", "4"));
  }

  @Test
  void trainingOnFlinkIsBitIdenticalToTheDirectRunner() throws IOException {
    Map<String, String> reference = artifacts(direct, "train-");
    // Both methods' curves, validation rows, parameters and summaries.
    assertThat(reference).containsKeys("baseline/curve.tsv", "baseline/model.params", "rdrop/curve.tsv",
        "rdrop/model.params", "rdrop/valid.tsv");
    assertThat(artifacts(flink2, "train-")).isEqualTo(reference);
    assertThat(artifacts(flink4, "train-")).isEqualTo(reference);
    // The manifest hashes what is on disk; compare the bytes too, so a stale manifest cannot hide a diff.
    for (String f : List.of("baseline/curve.tsv", "baseline/model.params", "rdrop/curve.tsv", "rdrop/model.params")) {
      assertThat(Files.mismatch(direct.resolve(f), flink2.resolve(f))).as(f).isEqualTo(-1L);
      assertThat(Files.mismatch(direct.resolve(f), flink4.resolve(f))).as(f).isEqualTo(-1L);
    }
    // One task trained each method once: every step once, in order.
    List<String> curve = Files.readAllLines(flink4.resolve("rdrop/curve.tsv"));
    assertThat(curve).hasSize(1 + STEPS);
    for (int step = 1; step <= STEPS; step++) {
      assertThat(curve.get(step)).startsWith(step + "\t");
    }
  }

  @Test
  void evaluationOnFlinkGivesTheSameHypothesesBleuStatisticsAndScores() throws IOException {
    Map<String, String> decoded = artifacts(direct, "decode-");
    assertThat(decoded).containsKeys("baseline/hyp.test.detok", "rdrop/hyp.test.detok", "rdrop/hyp.test.tok");
    assertThat(artifacts(flink2, "decode-")).isEqualTo(decoded);
    assertThat(artifacts(flink4, "decode-")).isEqualTo(decoded);

    Map<String, String> tables = artifacts(direct, "score-");
    assertThat(tables).containsOnlyKeys("baseline/bleu.test.tsv", "rdrop/bleu.test.tsv");
    assertThat(artifacts(flink2, "score-")).isEqualTo(tables);
    assertThat(artifacts(flink4, "score-")).isEqualTo(tables);
    for (String f : tables.keySet()) {
      assertThat(Files.mismatch(direct.resolve(f), flink4.resolve(f))).as(f).isEqualTo(-1L);
    }

    JsonNode metrics = metrics(direct);
    assertThat(metrics.get(0).get("delta_ci95")).hasSize(2);
    assertThat(metrics(flink2)).isEqualTo(metrics);
    assertThat(metrics(flink4)).isEqualTo(metrics);
  }

  @Test
  void theWholeRunDirectoryIsTheDirectRunnersManifestByteForByte() throws IOException {
    String manifest = Files.readString(RunDirectory.of(direct).manifest());
    assertThat(Files.readString(RunDirectory.of(flink2).manifest())).isEqualTo(manifest);
    assertThat(Files.readString(RunDirectory.of(flink4).manifest())).isEqualTo(manifest);
  }

  private static void ok(CommandOutcome o) {
    assertThat(o.exit()).as(o.err()).isZero();
  }

  /** The manifest's artifacts of stages whose names start with {@code stagePrefix}: path to SHA-256. */
  private static Map<String, String> artifacts(Path run, String stagePrefix) throws IOException {
    RunManifest m = ManifestJson.read(RunDirectory.of(run).manifest());
    Map<String, String> out = new TreeMap<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      if (a.stage().startsWith(stagePrefix)) {
        out.put(a.path(), a.sha256());
      }
    }
    return out;
  }

  private static JsonNode metrics(Path run) throws IOException {
    return ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile()).get("metrics");
  }

  /** smoke's corpus with its first 2,000 training pairs (all smoke reads) and fewer held-out pairs. */
  static Path smallCorpus(Path dir) throws IOException {
    Path bible = Experiments.home().resolve("datasets/bible-en-es");
    Files.createDirectories(dir);
    for (String split : List.of("train", "valid", "test")) {
      for (String lang : List.of("en", "es")) {
        String name = split + "." + lang;
        List<String> lines = Files.readAllLines(bible.resolve(name));
        int keep = split.equals("train") ? 2000 : HELD_OUT;
        Files.write(dir.resolve(name), lines.subList(0, keep));
      }
    }
    return dir;
  }

  private static Path copyPreparation(Path from, Path to) throws IOException {
    Files.createDirectories(to.resolve("data"));
    Files.copy(RunDirectory.of(from).manifest(), RunDirectory.of(to).manifest());
    try (Stream<Path> files = Files.list(from.resolve("data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve("data").resolve(f.getFileName()));
      }
    }
    return to;
  }
}
