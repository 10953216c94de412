package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.testing.Forgery;

/**
 * Fault injection, part 2: each kind of file of a finished run is corrupted (one bit flipped in its middle
 * byte) or truncated (its second half cut off), and every command that reads it must say so naming the
 * file: {@code train --resume}, {@code evaluate} and {@code replay} fail with a message that names it (or, for
 * a prepared file that {@code train} finds changed, name it and prepare again), {@code check} lists it
 * among its failures, and {@code verify} among the artifacts that differ. The run is the tiny digits-vit of
 * {@link FaultRuns}; the method files are R-Drop's (the baseline's are read by the same code).
 */
class CorruptedRunTest {
  enum Fault {
    CORRUPT("one bit flipped"), TRUNCATE("second half cut");

    final String description;

    Fault(String description) {
      this.description = description;
    }

    void apply(Path f) throws IOException {
      byte[] b = Files.readAllBytes(f);
      if (this == CORRUPT) {
        b[b.length / 2] ^= 1;
        Files.write(f, b);
      } else {
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
    }
  }

  /** The commands that read a file (verify reads them all: {@link #verifyNamesEveryFaultyFile}). */
  static final Map<String, List<String>> READERS = new LinkedHashMap<>();

  static {
    READERS.put("manifest.json", List.of("check", "train", "evaluate", "replay", "verify"));
    READERS.put("data/train.batches", List.of("check", "train", "replay"));
    READERS.put("data/valid.batches", List.of("check", "replay"));
    READERS.put("data/test.batches", List.of("check", "evaluate"));
    READERS.put("data/dict.txt", List.of("check", "replay"));
    READERS.put("data/train.ids.tsv", List.of("check"));
    READERS.put("data/test.ids.tsv", List.of("check"));
    READERS.put("data/statistics.tsv", List.of("check"));
    READERS.put("rdrop/checkpoints/checkpoint-000000006.ckpt", List.of("replay"));
    READERS.put("rdrop/checkpoints/checkpoint-000000008.ckpt", List.of("train (killed while finishing)"));
    READERS.put("rdrop/curve.tsv", List.of("check", "train", "evaluate", "replay"));
    READERS.put("rdrop/valid.tsv", List.of("check", "train", "evaluate", "replay"));
    READERS.put("rdrop/dropout-kl.tsv", List.of("check", "train", "evaluate", "replay"));
    READERS.put("rdrop/model.params", List.of("check", "train", "evaluate"));
    READERS.put("rdrop/run.json", List.of("check", "train", "evaluate", "replay"));
    READERS.put("rdrop/summary.json", List.of("check", "train", "evaluate"));
    READERS.put("rdrop/predictions.test.tsv", List.of("check"));
    READERS.put("report.json", List.of("check"));
    READERS.put("report.md", List.of("check"));
    READERS.put("report.html", List.of("check"));
  }

  /** Prepared files that train reads again are checked by the same loop; one of them is enough to run. */
  static final String PREPARED_AGAIN = "data/train.batches";

  @TempDir static Path dir;
  static Path experiment;
  static Path reference;
  /** file -> fault -> command -> what it did ({@link #NOT_DETECTED} until it is known to have named the file). */
  static final Map<String, Map<Fault, Map<String, String>>> results = new LinkedHashMap<>();
  static final String NOT_DETECTED = "**not detected**";

  @BeforeAll
  static void finishedRun() throws IOException {
    experiment = FaultRuns.writeExperiment(dir);
    reference = dir.resolve("reference/run");
    FaultRuns.Outcome o = FaultRuns.cli(FaultRuns.reproduce(experiment, reference));
    assertThat(o.exit()).as(o.err()).isZero();
    for (String rel : READERS.keySet()) {
      assertThat(reference.resolve(rel)).as("the run has " + rel).isRegularFile();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCommandThatReadsAFaultyFileNamesIt() {
    List<DynamicTest> tests = new ArrayList<>();
    int[] n = {0};
    READERS.forEach((rel, commands) -> {
      for (Fault fault : Fault.values()) {
        for (String command : commands) {
          if (command.equals("verify")
              || command.equals("train") && rel.equals(PREPARED_AGAIN) && fault == Fault.TRUNCATE) {
            continue; // verify: below; a prepared file changed: train prepares again, once is enough
          }
          Path run = dir.resolve("case-" + (++n[0]) + "/run");
          tests.add(DynamicTest.dynamicTest(rel + " " + fault.name().toLowerCase() + ": " + command, () -> {
            Forgery.copy(reference, run);
            fault.apply(run.resolve(rel));
            record(rel, fault, command, NOT_DETECTED);
            record(rel, fault, command, assertNamed(rel, command, run));
          }));
        }
      }
    });
    return tests.stream();
  }

  /** Runs {@code command} on the run with the faulty {@code rel}; asserts that it was found, says how. */
  private static String assertNamed(String rel, String command, Path run) throws IOException {
    FaultRuns.Outcome o;
    switch (command) {
      case "check" -> {
        o = FaultRuns.cli("check", run.toString());
        assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(1);
        if (o.err().contains(run.resolve(rel) + ": ")) {
          return "fails naming it"; // a manifest that does not read: nothing to check against
        }
        assertThat(o.out().lines().filter(l -> l.startsWith("FAIL") || l.startsWith("ERROR")))
            .as(o.out() + o.err()).anyMatch(l -> l.contains(rel));
        return "names it";
      }
      case "train", "train (killed while finishing)" -> {
        if (!command.equals("train")) {
          Files.delete(run.resolve("rdrop/summary.json")); // killed after model.params, before summary.json
        }
        o = FaultRuns.cli(args("train", run));
        if (rel.startsWith("data/")) {
          // A prepared file that no longer matches is made again, with the rest of the run: said, not silent.
          assertThat(o.exit()).as(o.err()).isZero();
          assertThat(o.err()).contains("prepare: " + run.resolve(rel) + " differs from what");
          assertThat(FaultRuns.sha256(run.resolve(rel))).isEqualTo(FaultRuns.sha256(reference.resolve(rel)));
          return "names it, prepares again";
        }
      }
      case "evaluate", "replay" -> o = FaultRuns.cli(args(command, run));
      default -> throw new IllegalArgumentException(command);
    }
    if (o.exit() == 0 && rel.equals("manifest.json")) {
      // The damage is in a part of the manifest this command does not use: it may finish, but must either
      // write the records it rewrote as the uninterrupted run has them, or leave the damage where check
      // still finds it (never launder it into a manifest that passes).
      Path intact = Forgery.copy(reference, run.resolveSibling("intact"));
      FaultRuns.Outcome control = FaultRuns.cli(args(command, intact));
      assertThat(control.exit()).as(control.err()).isZero();
      if (FaultRuns.sha256(run.resolve(rel)).equals(FaultRuns.sha256(intact.resolve(rel)))) {
        return "not affected; rewrote the damaged record as on an intact run";
      }
      FaultRuns.Outcome check = FaultRuns.cli("check", run.toString());
      assertThat(check.exit()).as(o.err() + check.out()).isEqualTo(1);
      assertThat(check.out().lines().filter(l -> l.startsWith("FAIL"))).as(check.out()).anyMatch(l -> l.contains(rel));
      return "not affected; check still names it";
    }
    assertThat(o.exit()).as(o.out() + o.err()).isNotZero();
    assertThat(o.err()).as(o.out() + o.err()).contains(run.resolve(rel).toString());
    return "fails naming it";
  }

  private static String[] args(String command, Path run) {
    return switch (command) {
      case "train" -> new String[] {"train", experiment.toString(), "--out", run.toString(), "--data",
          FaultRuns.corpus().toString(), "--resume"};
      case "evaluate" -> new String[] {"evaluate", run.toString()};
      case "replay" -> new String[] {"replay", run.toString(), "--method", "rdrop", "--step", "7"};
      default -> throw new IllegalArgumentException(command);
    };
  }

  /**
   * verify re-executes the run and compares every product with the file on disk: one run with every
   * artifact faulty names each of them; a faulty manifest, which verify reads first, is a run of its own.
   */
  @TestFactory
  Stream<DynamicTest> verifyNamesEveryFaultyFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Fault fault : Fault.values()) {
      tests.add(DynamicTest.dynamicTest("verify, every artifact " + fault.name().toLowerCase(), () -> {
        Path run = Forgery.copy(reference, dir.resolve("verify-" + fault + "/run"));
        List<String> artifacts = READERS.keySet().stream()
            .filter(rel -> !rel.equals("manifest.json") && !rel.contains("/checkpoints/")).toList();
        for (String rel : artifacts) {
          fault.apply(run.resolve(rel));
          record(rel, fault, "verify", NOT_DETECTED);
        }
        FaultRuns.Outcome o = FaultRuns.cli("verify", run.toString(), "--out", run.resolveSibling("rerun").toString(),
            "--data", FaultRuns.corpus().toString());
        assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(1);
        List<String> findings = o.out().lines().filter(l -> !l.startsWith("identical")).toList();
        for (String rel : artifacts) {
          if (findings.stream().anyMatch(l -> l.startsWith("differs") && l.contains(" " + rel + " "))) {
            record(rel, fault, "verify", "names it");
          }
        }
        assertThat(artifacts).as(o.out()).allSatisfy(rel -> assertThat(results.get(rel).get(fault).get("verify"))
            .as(rel).isEqualTo("names it"));
      }));
      tests.add(DynamicTest.dynamicTest("verify, manifest.json " + fault.name().toLowerCase(), () -> {
        Path run = Forgery.copy(reference, dir.resolve("verify-manifest-" + fault + "/run"));
        fault.apply(run.resolve("manifest.json"));
        record("manifest.json", fault, "verify", NOT_DETECTED);
        FaultRuns.Outcome o = FaultRuns.cli("verify", run.toString(), "--out", run.resolveSibling("rerun").toString(),
            "--data", FaultRuns.corpus().toString());
        if (o.exit() == 0) {
          // The damage is in a record verify does not use (what a stage read); check still finds it.
          FaultRuns.Outcome check = FaultRuns.cli("check", run.toString());
          assertThat(check.out().lines().filter(l -> l.startsWith("FAIL"))).as(check.out())
              .anyMatch(l -> l.contains("manifest.json"));
          record("manifest.json", fault, "verify", "not affected; check still names it");
        } else {
          assertThat(o.out() + o.err()).contains(run.resolve("manifest.json").toString());
          record("manifest.json", fault, "verify", "fails naming it");
        }
      }));
    }
    return tests.stream();
  }

  private static synchronized void record(String rel, Fault fault, String command, String outcome) {
    results.computeIfAbsent(rel, k -> new LinkedHashMap<>()).computeIfAbsent(fault, k -> new LinkedHashMap<>())
        .put(command, outcome);
  }

  /** The counts and each file's readers as Markdown in target/fault-injection/corrupted-files.md. */
  @AfterAll
  static void writeTable() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("| file | fault | each command that reads it |\n|---|---|---|\n");
    int cases = 0;
    int runs = 0;
    int detected = 0;
    int casesDetected = 0;
    for (Map.Entry<String, Map<Fault, Map<String, String>>> f : results.entrySet()) {
      for (Map.Entry<Fault, Map<String, String>> e : f.getValue().entrySet()) {
        List<String> cells = new ArrayList<>();
        e.getValue().forEach((cmd, outcome) -> cells.add(cmd + ": " + outcome));
        sb.append("| `").append(f.getKey()).append("` | ").append(e.getKey().description).append(" | ")
            .append(String.join("; ", cells)).append(" |\n");
        cases++;
        runs += e.getValue().size();
        long ok = e.getValue().values().stream().filter(v -> !v.equals(NOT_DETECTED)).count();
        detected += (int) ok;
        casesDetected += ok == e.getValue().size() ? 1 : 0;
      }
    }
    String counts = "| files corrupted or truncated | found by every command that reads them | command runs | found |\n"
        + "|---|---|---|---|\n| " + cases + " | " + casesDetected + " | " + runs + " | " + detected + " |\n\n";
    Files.writeString(FaultRuns.reportDir().resolve("corrupted-files.md"), counts + sb);
  }
}
