package org.rdrop.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's copy of the reference outputs ({@code conformance/<tool>/<file>}). */
public final class Conformance {
  private Conformance() {}

  /** The repository root: the nearest parent of the working directory holding conformance/README.md. */
  public static Path repoRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("conformance/README.md")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no conformance/README.md in " + start + " or its parents");
  }

  public static Path file(String tool, String name) {
    Path f = repoRoot().resolve("conformance").resolve(tool).resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new IllegalStateException("conformance file missing: " + f);
    }
    return f;
  }

  public static String text(String tool, String name) {
    try {
      return Files.readString(file(tool, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
