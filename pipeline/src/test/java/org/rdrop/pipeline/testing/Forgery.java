package org.rdrop.pipeline.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;

/**
 * Edits a run's file the way a forger would: the content, and then the manifest's hash and size of it, so
 * that every hash in the run agrees with the disk and only a re-derivation can tell.
 */
public final class Forgery {
  private Forgery() {}

  public static void edit(Path run, String rel, UnaryOperator<String> change) throws IOException {
    Path f = run.resolve(rel);
    String before = Files.readString(f, StandardCharsets.UTF_8);
    String after = change.apply(before);
    if (after.equals(before)) {
      throw new IllegalArgumentException("the forgery changes nothing in " + rel);
    }
    Files.writeString(f, after, StandardCharsets.UTF_8);
    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    List<RunManifest.Artifact> artifacts = new ArrayList<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      artifacts.add(a.path().equals(rel)
          ? new RunManifest.Artifact(a.path(), Sha256.of(f), Files.size(f), a.records(), a.stage()) : a);
    }
    ManifestJson.write(run.resolve("manifest.json"),
        new RunManifest(m.format(), m.experiment(), m.identity(), m.config(), m.stages(), artifacts));
  }

  /** A copy of a run directory (regular files only), to forge without touching the original. */
  public static Path copy(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }
}
