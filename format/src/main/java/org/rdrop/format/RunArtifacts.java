package org.rdrop.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Manifest entries for files of a run directory (paths relative to it, '/' separators). */
public final class RunArtifacts {
  private RunArtifacts() {}

  /** A file counted as one record, except {@code .tsv} logs, which count their data rows (header excluded). */
  public static RunManifest.Artifact of(Path runDir, Path file, String stage) throws IOException {
    return entry(runDir, file, stage, StageRecord.Output.of(file).records());
  }

  private static RunManifest.Artifact entry(Path runDir, Path file, String stage, long records) throws IOException {
    String rel = relative(runDir, file);
    return new RunManifest.Artifact(rel, Sha256.of(file), Files.size(file), records, stage);
  }

  /**
   * Fails unless {@code file} is listed in {@code manifest} and still has the SHA-256 recorded there.
   *
   * @param since how the message names the moment the hash was recorded (e.g. "preparation")
   * @param hintIfUnlisted appended to the message when the manifest does not list the file ("" for none)
   */
  public static void requireUnchanged(Path runDir, Path manifestFile, RunManifest manifest, Path file, String since,
      String hintIfUnlisted) throws IOException {
    String rel = relative(runDir, file);
    RunManifest.Artifact a = manifest.artifacts().stream().filter(x -> x.path().equals(rel)).findFirst()
        .orElseThrow(() -> new IOException(manifestFile + " lists no " + rel + hintIfUnlisted));
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": missing (the manifest lists it)");
    }
    String actual = Sha256.of(file);
    if (!actual.equals(a.sha256())) {
      throw new IOException(file + " changed since " + since + ": sha256 " + actual + ", manifest says " + a.sha256());
    }
  }

  /**
   * The manifest's name of {@code file}: its '/'-path below {@code runDir}. Either may be relative (a run
   * directory given on the command line) or absolute (a path built from the manifest's location).
   */
  public static String relative(Path runDir, Path file) {
    Path dir = runDir.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    if (!f.startsWith(dir)) {
      throw new IllegalArgumentException(file + " is not inside the run directory " + runDir);
    }
    return dir.relativize(f).toString().replace('\\', '/');
  }

  public static long lines(Path file) throws IOException {
    long n = 0;
    for (byte b : Files.readAllBytes(file)) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }
}
