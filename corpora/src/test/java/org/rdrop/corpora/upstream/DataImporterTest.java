package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.corpora.digits.DigitsDataset;
import org.rdrop.corpora.digits.DigitsDatasetTest;

/** The whole import offline: a small digits package built here, imported with --from. */
class DataImporterTest {
  @TempDir Path tmp;
  Path datasets;
  Path deb;
  StringWriter log;

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** 20 rows: label r % 2 with pixel value r % 17; each label 10 times. */
  static String csv() {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < 20; r++) {
      sb.append(DigitsDatasetTest.row(r % 17, r % 2)).append('\n');
    }
    return sb.toString();
  }

  @BeforeEach
  void setUp() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(csv().getBytes(StandardCharsets.US_ASCII));
    }
    byte[] debBytes = TestPackages.deb(Map.of(DigitsDataset.MEMBER, gz.toByteArray()));
    deb = Files.write(tmp.resolve("python3-sklearn_test_all.deb"), debBytes);
    datasets = Files.createDirectories(tmp.resolve("datasets"));
    var source =
        new DatasetManifest.Source(
            "debian", "python3-sklearn", "0-test", "http://127.0.0.1:9/never-downloaded.deb", sha256(debBytes),
            debBytes.length, "BSD-3-Clause");
    var manifest =
        new DatasetManifest(1, List.of(new DatasetManifest.Dataset("digits", "Test digits.", "BSD-3-Clause", List.of(source), List.of())));
    Files.write(datasets.resolve("datasets.json"), manifest.toJson());
    Files.writeString(datasets.resolve("README.md"), "# Datasets\n\nProse.\n");
    log = new StringWriter();
  }

  private int run(DataImporter.Mode mode, Path out) throws IOException {
    return new DataImporter(new PackageFiles(), new PrintWriter(log, true))
        .run(new DataImporter.Request("digits", datasets, out, mode, List.of(deb)));
  }

  @Test
  void recordThenImportThenCheck() throws Exception {
    assertThat(run(DataImporter.Mode.RECORD, null)).isZero();

    Path dir = datasets.resolve("digits");
    // Per class, occurrences k = 8 go to valid and k = 9 to test: rows 17,18 (1-based) and 19,20.
    assertThat(dir.resolve("valid.ids")).hasContent("17\n18");
    assertThat(dir.resolve("test.ids")).hasContent("19\n20");
    assertThat(Files.readString(dir.resolve("test.csv")))
        .isEqualTo(DigitsDatasetTest.row(18 % 17, 0) + "\n" + DigitsDatasetTest.row(19 % 17, 1) + "\n");
    DatasetManifest recorded = DatasetManifest.read(datasets.resolve("datasets.json"));
    var entry = recorded.dataset("digits").file("train.csv");
    byte[] train = Files.readAllBytes(dir.resolve("train.csv"));
    assertThat(entry.sha256()).isEqualTo(sha256(train));
    assertThat(entry.lines()).isEqualTo(16);
    assertThat(entry.bytes()).isEqualTo(train.length);
    assertThat(recorded.dataset("digits").files()).extracting(DatasetManifest.FileEntry::path)
        .containsExactly("test.csv", "test.ids", "train.csv", "train.ids", "valid.csv", "valid.ids");
    String readme = Files.readString(datasets.resolve("README.md"));
    assertThat(readme).startsWith("# Datasets\n\nProse.\n").contains("| `digits/train.csv` | 16 | " + train.length + " | `" + sha256(train) + "` |");

    Path elsewhere = tmp.resolve("elsewhere");
    assertThat(run(DataImporter.Mode.IMPORT, elsewhere)).isZero();
    assertThat(Files.readAllBytes(elsewhere.resolve("train.csv"))).isEqualTo(train);

    assertThat(run(DataImporter.Mode.CHECK, null)).isZero();
    assertThat(log.toString()).contains("digits: OK");
  }

  @Test
  void checkReportsAFileChangedOnDisk() throws Exception {
    run(DataImporter.Mode.RECORD, null);
    Path test = datasets.resolve("digits/test.ids");
    Files.writeString(test, "19\n21\n");
    assertThat(run(DataImporter.Mode.CHECK, null)).isEqualTo(1);
    assertThat(log.toString())
        .contains("test.ids: checksum mismatch: datasets.json expects sha256 " + sha256("19\n20\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(datasets.resolve("digits") + " has " + sha256("19\n21\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void importRefusesToWriteWhenAnOutputDiffersFromTheManifest() throws Exception {
    run(DataImporter.Mode.RECORD, null);
    Path manifestFile = datasets.resolve("datasets.json");
    String json = Files.readString(manifestFile);
    String trainSha = DatasetManifest.read(manifestFile).dataset("digits").file("train.csv").sha256();
    Files.writeString(manifestFile, json.replace(trainSha, "0".repeat(64)));

    Path out = tmp.resolve("out");
    assertThat(run(DataImporter.Mode.IMPORT, out)).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(log.toString())
        .contains("train.csv: checksum mismatch: datasets.json expects sha256 " + "0".repeat(64))
        .contains("import produced " + trainSha)
        .contains("nothing written to " + out);
  }

  @Test
  void importWithoutRecordedFilesSaysSo() throws Exception {
    assertThat(run(DataImporter.Mode.IMPORT, tmp.resolve("out"))).isEqualTo(1);
    assertThat(log.toString()).contains("datasets.json records no files for digits (first import? use --record)");
  }
}
