package org.rdrop.pipeline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Sha256;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * A seed set on Flink trains its seeds side by side, one work item per seed's run; on the DirectRunner one
 * after another. Every file of the set (each seed's run, the set's manifest and report) is the same either
 * way; only the wall-time records differ. smoke on a small corpus, {@value #STEPS} updates.
 */
class FlinkSeedSetTest {
  static final int STEPS = 6;

  @TempDir Path dir;

  @Test
  void seedsTrainedSideBySideOnFlinkEqualSeedsTrainedInTurnOnTheDirectRunner() throws IOException {
    String corpus = FlinkTrainEvaluateTest.smallCorpus(dir.resolve("corpus")).toString();
    Path direct = dir.resolve("direct");
    Path flink = dir.resolve("flink");
    ok(RdropCli.run("reproduce", "smoke", "--data", corpus, "--out", direct.toString(), "--steps",
        Integer.toString(STEPS), "--seeds", "64,7", "--runner", "DirectRunner"));
    CommandOutcome f = RdropCli.run("reproduce", "smoke", "--data", corpus, "--out", flink.toString(), "--steps",
        Integer.toString(STEPS), "--seeds", "64,7", "--runner", "FlinkRunner", "--parallelism", "2");
    ok(f);
    assertThat(f.out()).contains("Training 2 seeds' runs side by side on FlinkRunner.");

    SortedMap<String, String> expected = contents(direct);
    assertThat(expected).containsKeys("seed-set.json", "report.json", "seed-64/rdrop/model.params",
        "seed-7/rdrop/model.params");
    assertThat(contents(flink)).isEqualTo(expected);
  }

  private static void ok(CommandOutcome o) {
    assertThat(o.exit()).as(o.err()).isZero();
  }

  /** Every file but the wall-time records, by path, as SHA-256. */
  private static SortedMap<String, String> contents(Path root) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.endsWith("/timing.json")) {
          out.put(rel, Sha256.of(f));
        }
      }
    }
    return out;
  }
}
