package org.rdrop.corpora;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rdrop.format.AtomicFiles;

/**
 * {@code datasets/datasets.json}: the one record of where each shipped dataset comes from and what
 * its files must hash to. The import command, the tests and the README tables all read it.
 */
@JsonPropertyOrder({"format", "datasets"})
public record DatasetManifest(int format, List<Dataset> datasets) {

  public static final int FORMAT = 1;

  public DatasetManifest {
    datasets = List.copyOf(datasets);
  }

  /**
   * One shipped dataset: its upstream packages and its files. {@code committed} says whether the files are
   * in the repository; a dataset too large for that (mnist) is recorded all the same, and
   * {@code ./rdrop data import NAME} writes its files, checked against these hashes.
   */
  @JsonPropertyOrder({"name", "description", "licence", "committed", "sources", "files"})
  public record Dataset(
      String name,
      String description,
      String licence,
      Boolean committed,
      List<Source> sources,
      List<FileEntry> files) {
    public Dataset {
      Objects.requireNonNull(name, "dataset name");
      Objects.requireNonNull(committed, "dataset " + name + ": field 'committed' (true or false)");
      sources = List.copyOf(sources);
      files = files == null ? List.of() : List.copyOf(files);
    }

    public Dataset withFiles(List<FileEntry> newFiles) {
      return new Dataset(name, description, licence, committed, sources, newFiles);
    }

    public FileEntry file(String path) {
      return files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }
  }

  /**
   * One upstream package file, pinned by URL and SHA-256. {@code members}, when given, pins files inside
   * the package too (mnist: the four original idx files), checked when the import reads them.
   */
  @JsonPropertyOrder({"registry", "package", "version", "url", "sha256", "bytes", "licence", "members"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(
      String registry,
      @JsonProperty("package") String packageName,
      String version,
      String url,
      String sha256,
      long bytes,
      String licence,
      List<Member> members) {
    public Source {
      members = members == null ? null : List.copyOf(members);
    }

    /** A source without pinned members. */
    public Source(
        String registry, String packageName, String version, String url, String sha256, long bytes, String licence) {
      this(registry, packageName, version, url, sha256, bytes, licence, null);
    }

    /** The package file's name, the last segment of its URL. */
    public String fileName() {
      return url.substring(url.lastIndexOf('/') + 1);
    }
  }

  /** A file inside a package file, pinned by its SHA-256 and size. */
  @JsonPropertyOrder({"path", "sha256", "bytes"})
  public record Member(String path, String sha256, long bytes) {}

  /** One file of a dataset: path relative to the dataset folder. */
  @JsonPropertyOrder({"path", "sha256", "lines", "bytes"})
  public record FileEntry(String path, String sha256, long lines, long bytes) {}

  public Dataset dataset(String name) {
    return datasets.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new DataImportException(
                    "no dataset named '" + name + "' in datasets.json; known: " + names()));
  }

  public List<String> names() {
    return datasets.stream().map(Dataset::name).toList();
  }

  public DatasetManifest withDataset(Dataset replacement) {
    List<Dataset> next = new ArrayList<>();
    for (Dataset d : datasets) {
      next.add(d.name().equals(replacement.name()) ? replacement : d);
    }
    return new DatasetManifest(format, next);
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public static DatasetManifest read(Path file) {
    DatasetManifest m;
    try {
      m = MAPPER.readValue(file.toFile(), DatasetManifest.class);
    } catch (IOException e) {
      throw new DataImportException("cannot read dataset manifest " + file + ": " + e.getMessage(), e);
    }
    if (m.format() != FORMAT) {
      throw new DataImportException(
          file + ": field 'format' is " + m.format() + ", this rdrop reads format " + FORMAT);
    }
    return m;
  }

  /** Pretty JSON with '\n' line ends whatever the platform, so the file's bytes are stable. */
  public byte[] toJson() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      String json = MAPPER.writer(printer).writeValueAsString(this);
      return (json + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the dataset manifest", e);
    }
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, toJson());
  }
}
