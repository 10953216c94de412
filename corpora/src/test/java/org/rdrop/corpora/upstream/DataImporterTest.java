package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.rdrop.corpora.DataImportException;
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
    byte[] debBytes = TestPackages.deb(Map.of(DigitsDataset.MEMBER, gzippedCsv()));
    deb = Files.write(tmp.resolve("python3-sklearn_test_all.deb"), debBytes);
    datasets = Files.createDirectories(tmp.resolve("datasets"));
    writeManifest(true, null);
    Files.writeString(datasets.resolve("README.md"), "# Datasets\n\nProse.\n");
    log = new StringWriter();
  }

  /** datasets.json with the test package as the digits source, optionally pinning its member. */
  private void writeManifest(boolean committed, List<DatasetManifest.Member> members) throws Exception {
    byte[] debBytes = Files.readAllBytes(deb);
    var source =
        new DatasetManifest.Source(
            "debian", "python3-sklearn", "0-test", "http://127.0.0.1:9/never-downloaded.deb", sha256(debBytes),
            debBytes.length, "BSD-3-Clause", members);
    var manifest =
        new DatasetManifest(1, List.of(new DatasetManifest.Dataset("digits", "Test digits.", "BSD-3-Clause", committed,
            List.of(source), List.of())));
    Files.write(datasets.resolve("datasets.json"), manifest.toJson());
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

  @Test
  void pinnedMembersAreCheckedAndAMismatchNamesTheMember() throws Exception {
    byte[] member = gzippedCsv();
    writeManifest(true, List.of(new DatasetManifest.Member(DigitsDataset.MEMBER, sha256(member), member.length)));
    assertThat(run(DataImporter.Mode.RECORD, null)).isZero();
    assertThat(Files.readString(datasets.resolve("README.md")))
        .contains("| member of never-downloaded.deb | bytes | SHA-256 |")
        .contains("| `" + DigitsDataset.MEMBER + "` | " + member.length + " | `" + sha256(member) + "` |");

    writeManifest(true, List.of(new DatasetManifest.Member(DigitsDataset.MEMBER, "0".repeat(64), member.length)));
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> run(DataImporter.Mode.IMPORT, out))
        .isInstanceOf(DataImportException.class)
        .hasMessage("never-downloaded.deb: member " + DigitsDataset.MEMBER + ": checksum mismatch: datasets.json expects"
            + " sha256 " + "0".repeat(64) + " (" + member.length + " bytes), found " + sha256(member) + " ("
            + member.length + " bytes)");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUncommittedDatasetIsCheckedWithoutItsFolderAndTheReadmeSaysHowToBuildIt() throws Exception {
    writeManifest(false, null);
    assertThat(run(DataImporter.Mode.RECORD, tmp.resolve("built"))).isZero();
    assertThat(Files.readString(datasets.resolve("README.md")))
        .contains("Not committed (too large for the repository): `./rdrop data import digits` writes these files to"
            + " `datasets/digits/`");
    assertThat(datasets.resolve("digits")).doesNotExist();

    assertThat(run(DataImporter.Mode.CHECK, null)).isZero();
    assertThat(log.toString()).contains("digits: OK, rebuilt from upstream (" + datasets.resolve("digits")
        + " absent: not committed, not imported) match datasets.json (6 files)");

    // Once imported, its files are compared like a committed dataset's.
    assertThat(run(DataImporter.Mode.IMPORT, null)).isZero();
    Files.writeString(datasets.resolve("digits/test.ids"), "19\n21\n");
    assertThat(run(DataImporter.Mode.CHECK, null)).isEqualTo(1);
    assertThat(log.toString()).contains("test.ids: checksum mismatch");
  }

  private static byte[] gzippedCsv() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(csv().getBytes(StandardCharsets.US_ASCII));
    }
    return gz.toByteArray();
  }
}
