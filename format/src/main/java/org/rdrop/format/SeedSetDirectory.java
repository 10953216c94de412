package org.rdrop.format;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A seed set's directory: one complete run directory per seed ({@code seed-<s>/}, each exactly the run of
 * the experiment with {@code train.seed: s}), the set's manifest {@link #SEED_SET_JSON} (written when every
 * seed's run is finished) and the set's report (report.json, report.md and report.html: means over the seeds
 * with a test that resamples seeds and test items). Like a run directory it carries rdrop's marker, so rdrop writes
 * into it only when it made it.
 */
public record SeedSetDirectory(Path root) {
  /** The set's manifest ({@link SeedSetManifest}). */
  public static final String SEED_SET_JSON = "seed-set.json";
  static final String SEED_PREFIX = "seed-";

  public SeedSetDirectory {
    java.util.Objects.requireNonNull(root, "root");
  }

  public static SeedSetDirectory of(Path root) {
    return new SeedSetDirectory(root);
  }

  /**
   * Takes the set's lock and makes sure rdrop may write there (as {@link RunDirectory#openForWriting}), then
   * makes the directory with rdrop's marker if it is not there yet: the runs come later, one at a time.
   */
  public static RunLock openForWriting(Path setDir, String command, PrintStream notes) throws IOException {
    RunLock lock = RunDirectory.openForWriting(setDir, command, notes);
    try {
      Files.createDirectories(setDir);
      if (!RunMarker.isPresent(setDir)) {
        RunMarker.write(setDir);
      }
      return lock;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Whether {@code dir} holds a seed set (its manifest), rather than one run. */
  public static boolean isSeedSet(Path dir) {
    return Files.isRegularFile(dir.resolve(SEED_SET_JSON));
  }

  /** The run directory of {@code seed}'s run, relative to the set: {@code seed-<s>}. */
  public static String runName(long seed) {
    return SEED_PREFIX + seed;
  }

  public RunDirectory seed(long seed) {
    return RunDirectory.of(root.resolve(runName(seed)));
  }

  public Path manifest() {
    return root.resolve(SEED_SET_JSON);
  }

  public Path reportJson() {
    return root.resolve(RunDirectory.REPORT_JSON);
  }

  public Path reportMarkdown() {
    return root.resolve(RunDirectory.REPORT_MARKDOWN);
  }

  public SeedSetManifest readManifest() throws IOException {
    return SeedSetManifest.read(manifest());
  }
}
