package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.testing.Forgery;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.FaultPoint;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.trainer.checkpoint.CheckpointStore;

/**
 * Fault injection, part 1: {@code rdrop reproduce} in a child JVM is killed with SIGKILL at a seeded choice of
 * points in preparation, training, evaluation and the report ({@link FaultPoint}), then the same command runs
 * again to the end. After the kill, no file under a final name is partial; after the rerun, the run directory
 * is byte for byte the uninterrupted run's (manifest, every artifact, the kept checkpoints; only the wall-time
 * records timing.json differ), nothing temporary is left beside or inside it, and {@code rdrop check} passes.
 */
class KillAndResumeRunTest {
  /** -Drdrop.faults.seed=N draws another set of points. */
  static final long SEED = Long.getLong("rdrop.faults.seed", 16);
  /** -Drdrop.faults.points=N tries N points a stage (all candidates when N exceeds them). */
  static final int POINTS_PER_STAGE = Integer.getInteger("rdrop.faults.points", 2);

  /**
   * Where a kill can fall, per stage, and what the killed command starts from. A kill in training starts
   * from a prepared run, one in evaluation or the report from a finished one (reproduce reuses the
   * preparation, finds both models trained and evaluates again), so each child JVM does little more than
   * the stage it is killed in. Manifest writes are counted from that start: training writes it once, each
   * method's evaluation once, the report once. 8 updates a method, checkpoints after updates 3, 6 and 8.
   */
  record Stage(String name, String startsFrom, List<String> candidates) {}

  static final List<Stage> STAGES = List.of(
      new Stage("prepare", "nothing", List.of("write:.rdrop-run:1", "write:data/train.ids.tsv:1",
          "write:data/train.batches:1", "write:data/valid.batches:1", "write:data/test.batches:1",
          "write:data/dict.txt:1", "write:data/statistics.tsv:1", "write:manifest.json:1")),
      new Stage("training", "prepared", List.of("update:baseline:2", "update:baseline:5", "update:rdrop:1",
          "update:rdrop:7", "write:baseline/run.json:1", "write:baseline/checkpoints/checkpoint-000000003.ckpt:1",
          "write:rdrop/checkpoints/checkpoint-000000006.ckpt:1", "write:rdrop/checkpoints/checkpoint-000000008.ckpt:1",
          "write:baseline/model.params:1", "write:rdrop/summary.json:1", "write:manifest.json:1")),
      new Stage("evaluation", "finished", List.of("write:baseline/predictions.test.tsv:1",
          "write:rdrop/predictions.test.tsv:1", "write:manifest.json:2", "write:manifest.json:3")),
      new Stage("report", "finished", List.of("write:report.json:1", "write:report.md:1", "write:report.html:1",
          "write:manifest.json:4")));

  @TempDir static Path dir;
  static Path experiment;
  static Path reference;
  /** The reference's preparation alone (rdrop prepare). */
  static Path prepared;
  static SortedMap<String, Path> referenceFiles;
  /** stage -> [tried, survived] */
  static final Map<String, int[]> counts = new LinkedHashMap<>();

  @BeforeAll
  static void uninterruptedRun() throws IOException {
    experiment = FaultRuns.writeExperiment(dir);
    reference = dir.resolve("reference/run");
    FaultRuns.Outcome o = FaultRuns.cli(FaultRuns.reproduce(experiment, reference));
    assertThat(o.exit()).as(o.err()).isZero();
    referenceFiles = withoutTiming(FaultRuns.files(reference));
    prepared = dir.resolve("prepared/run");
    o = FaultRuns.cli("prepare", experiment.toString(), "--out", prepared.toString(), "--data",
        FaultRuns.corpus().toString());
    assertThat(o.exit()).as(o.err()).isZero();
  }

  /** The seeded points: {@link #POINTS_PER_STAGE} of each stage's candidates. */
  static Map<Stage, List<String>> points(long seed) {
    Random random = new Random(seed);
    Map<Stage, List<String>> out = new LinkedHashMap<>();
    for (Stage stage : STAGES) {
      List<String> shuffled = new ArrayList<>(stage.candidates());
      Collections.shuffle(shuffled, random);
      out.put(stage, List.copyOf(shuffled.subList(0, Math.min(POINTS_PER_STAGE, shuffled.size()))));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> killedAtASeededPointAndRunAgainEndsAsTheUninterruptedRun() {
    List<DynamicTest> tests = new ArrayList<>();
    int[] n = {0};
    points(SEED).forEach((stage, list) -> {
      counts.put(stage.name(), new int[2]);
      for (String point : list) {
        Path parent = dir.resolve("killed-" + (++n[0]));
        tests.add(DynamicTest.dynamicTest(stage.name() + " " + point, () -> {
          counts.get(stage.name())[0]++;
          killAndRunAgain(stage, point, parent);
          counts.get(stage.name())[1]++;
        }));
      }
    });
    return tests.stream();
  }

  private static void killAndRunAgain(Stage stage, String point, Path parent) throws Exception {
    Path run = parent.resolve("run");
    Files.createDirectories(parent);
    switch (stage.startsFrom()) {
      case "prepared" -> Forgery.copy(prepared, run);
      case "finished" -> Forgery.copy(reference, run);
      default -> { }
    }
    Path log = parent.resolve("child.log");
    Process p = FaultRuns.child(log, Map.of(FaultPoint.ENV, point), FaultRuns.reproduce(experiment, run));
    try {
      assertThat(FaultRuns.awaitLine(p, log, FaultPoint.REACHED, 300))
          .as("the child reached %s (its output: %s)", point, log).isTrue();
    } finally {
      p.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks, the lock file stays
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertNothingPartialUnderAFinalName(parent);

    FaultRuns.Outcome again = FaultRuns.cli(FaultRuns.reproduce(experiment, run));
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("took over the lock of rdrop reproduce (PID " + p.pid());
    if (point.startsWith("write:") && !stage.startsFrom().equals("nothing")) {
      // Killed before its rename: the write's temporary file is in the run, and goes when it is opened again.
      assertThat(again.err()).contains("removed 1 temporary file(s) of writes that a killed process left unfinished");
    }

    SortedMap<String, Path> files = FaultRuns.files(run);
    assertThat(withoutTiming(files).keySet()).as("files of the run").containsExactlyElementsOf(referenceFiles.keySet());
    referenceFiles.forEach((rel, ref) ->
        assertThat(FaultRuns.sha256(files.get(rel))).as(rel).isEqualTo(FaultRuns.sha256(ref)));
    try (Stream<Path> beside = Files.list(parent)) {
      assertThat(beside.map(f -> f.getFileName().toString())).as("beside the run")
          .containsExactlyInAnyOrder("run", "child.log");
    }
    FaultRuns.Outcome check = FaultRuns.cli("check", run.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
  }

  /**
   * Right after the kill: every file under a final name in the run directory, or in the hidden directory a
   * preparation is staged in, is complete: the uninterrupted run's bytes where that run has the file, a
   * checkpoint that reads (its CRC) where it was pruned there, and a manifest whose every record matches the
   * disk. Temporary names ({@code .<name>.*.tmp}, {@code *.partial}) and the lock may stay.
   */
  private static void assertNothingPartialUnderAFinalName(Path parent) throws IOException {
    for (Map.Entry<String, Path> e : FaultRuns.files(parent).entrySet()) {
      String rel = e.getKey();
      Path f = e.getValue();
      String name = f.getFileName().toString();
      if (rel.equals("child.log") || rel.equals(".run.rdrop-lock") || AtomicFiles.isLeftover(f)) {
        continue;
      }
      String inRun = rel.substring(rel.indexOf('/') + 1); // run/... or .run.tmp-<pid>/...
      if (name.endsWith(".partial")) {
        // The trainer's log while it runs: what reached the disk is the start of the finished log.
        String finalName = inRun.substring(0, inRun.length() - ".partial".length());
        byte[] whole = FaultRuns.bytes(referenceFiles.get(finalName));
        byte[] part = FaultRuns.bytes(f);
        assertThat(part.length).as(rel).isLessThanOrEqualTo(whole.length);
        assertThat(java.util.Arrays.equals(part, java.util.Arrays.copyOf(whole, part.length)))
            .as(rel + " is a prefix of the finished log").isTrue();
      } else if (inRun.equals("manifest.json")) {
        RunManifest m = ManifestJson.read(f);
        for (RunManifest.Artifact a : m.artifacts()) {
          Path listed = f.resolveSibling(a.path());
          assertThat(listed).as(rel + " lists " + a.path()).isRegularFile();
          assertThat(Sha256.of(listed)).as(rel + " records " + a.path()).isEqualTo(a.sha256());
        }
      } else if (inRun.endsWith("timing.json")) {
        ManifestJson.MAPPER.readTree(f.toFile()); // wall time differs from run to run; it must still read
      } else if (referenceFiles.containsKey(inRun)) {
        assertThat(FaultRuns.sha256(f)).as(rel).isEqualTo(FaultRuns.sha256(referenceFiles.get(inRun)));
      } else {
        assertThat(inRun).as(rel + ": a file the uninterrupted run does not have").contains("/checkpoints/");
        CheckpointStore.read(f);
      }
    }
  }

  private static SortedMap<String, Path> withoutTiming(SortedMap<String, Path> files) {
    SortedMap<String, Path> out = new TreeMap<>(files);
    out.keySet().removeIf(rel -> rel.endsWith("/timing.json"));
    return out;
  }

  /** The counts as a Markdown table in target/fault-injection/kill-and-resume.md. */
  @AfterAll
  static void writeTable() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("| stage | killed command starts from | points tried | faults survived | points (seed ").append(SEED)
        .append(") |\n");
    sb.append("|---|---|---|---|---|\n");
    int tried = 0;
    int ok = 0;
    for (Map.Entry<Stage, List<String>> e : points(SEED).entrySet()) {
      int[] c = counts.getOrDefault(e.getKey().name(), new int[2]);
      sb.append("| ").append(e.getKey().name()).append(" | ").append(e.getKey().startsFrom()).append(" | ")
          .append(c[0]).append(" | ").append(c[1]).append(" | `").append(String.join("`, `", e.getValue()))
          .append("` |\n");
      tried += c[0];
      ok += c[1];
    }
    sb.append("| all | | ").append(tried).append(" | ").append(ok).append(" | |\n");
    Files.writeString(FaultRuns.reportDir().resolve("kill-and-resume.md"), sb.toString());
  }
}
