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
 * A seed set on Flink trains its seeds as parallel work items, one per seed's run (side by side on task
 * managers in separate JVMs; the embedded mini-cluster is one JVM, where DJL trains one at a time); on the
 * DirectRunner one after another. Every file of the set (each seed's run, the set's manifest and report) is the same either
 * way; only the wall-time records differ. digits-vit (the cheapest experiment: image accuracy needs no
 * decoding), {@value #STEPS} updates a method.
 */
class FlinkSeedSetTest {
  static final int STEPS = 8;

  @TempDir Path dir;

  @Test
  void seedsTrainedSideBySideOnFlinkEqualSeedsTrainedInTurnOnTheDirectRunner() throws IOException {
    Path direct = dir.resolve("direct");
    Path flink = dir.resolve("flink");
    ok(RdropCli.run("reproduce", "digits-vit", "--out", direct.toString(), "--steps", Integer.toString(STEPS),
        "--seeds", "1,7", "--runner", "DirectRunner"));
    CommandOutcome f = RdropCli.run("reproduce", "digits-vit", "--out", flink.toString(), "--steps",
        Integer.toString(STEPS), "--seeds", "1,7", "--runner", "FlinkRunner", "--parallelism", "2");
    ok(f);
    assertThat(f.out()).contains("Training 2 seeds' runs as parallel work items on FlinkRunner.");

    SortedMap<String, String> expected = contents(direct);
    assertThat(expected).containsKeys("seed-set.json", "report.json", "seed-1/rdrop/model.params",
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
