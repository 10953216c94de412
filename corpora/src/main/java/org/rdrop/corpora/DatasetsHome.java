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

  /**
   * For a corpus folder with missing files: how to build it, when it is a dataset of the datasets.json
   * beside it (mnist is not committed, so a fresh clone lacks it); else empty.
   */
  public static String importHint(Path corpusDir) {
    Path dir = corpusDir.toAbsolutePath().normalize();
    Path manifestFile = dir.getParent() == null ? null : dir.getParent().resolve(MANIFEST);
    if (manifestFile == null || !Files.isRegularFile(manifestFile)) {
      return "";
    }
    DatasetManifest.Dataset dataset;
    try {
      DatasetManifest manifest = DatasetManifest.read(manifestFile);
      String name = dir.getFileName().toString();
      if (!manifest.names().contains(name)) {
        return "";
      }
      dataset = manifest.dataset(name);
    } catch (DataImportException e) {
      return ""; // the hint is a courtesy; the missing file is the error
    }
    String sources =
        String.join(", ", dataset.sources().stream().map(s -> s.registry() + " " + s.packageName() + " " + s.version()).toList());
    return "; dataset " + dataset.name() + (dataset.committed() ? " is committed but missing here" : " is not committed")
        + ": build it with ./rdrop data import " + dataset.name() + " (downloads " + sources
        + " and checks every file's SHA-256 against " + MANIFEST + "; see datasets/" + README + ")";
  }
}
