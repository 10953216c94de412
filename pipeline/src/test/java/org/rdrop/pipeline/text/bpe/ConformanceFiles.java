package org.rdrop.pipeline.text.bpe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * subword-nmt's reference files, found in {@code shared/conformance/bpe} beside the repository
 * (searched upwards from the working directory, so it works from the repo root and from a module).
 */
final class ConformanceFiles {

  private ConformanceFiles() {}

  static Path dir() {
    Path start = Paths.get("").toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("conformance").resolve("bpe");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "subword-nmt conformance files not found: no shared/conformance/bpe in " + start
            + " or any parent directory (expected ../shared/conformance/bpe beside the repo)");
  }

  static Path file(String name) {
    Path f = dir().resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new IllegalStateException("conformance file missing: " + f);
    }
    return f;
  }

  static String text(String name) {
    try {
      return Files.readString(file(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
