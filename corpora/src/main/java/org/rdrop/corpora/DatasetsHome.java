package org.rdrop.corpora;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the repository's {@code datasets/} folder (the one holding datasets.json). */
public final class DatasetsHome {
  public static final String MANIFEST = "datasets.json";
  public static final String README = "README.md";

  private DatasetsHome() {}

  /**
   * The first {@code datasets/datasets.json} found walking up from the working directory, then from
   * the location of rdrop's own jar or classes (so {@code ./rdrop} works from any directory).
   */
  public static Path locate() {
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(Path.of(DatasetsHome.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // No code source (unusual class loader): the working directory is all we have.
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("datasets");
        if (Files.isRegularFile(candidate.resolve(MANIFEST))) {
          return candidate;
        }
      }
    }
    throw new DataImportException(
        "cannot find datasets/" + MANIFEST + " above " + starts + "; pass --datasets DIR");
  }
}
