package org.rdrop.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.bible.BibleDataset;

/** The committed datasets/ folder agrees with datasets.json and with the documented split rules. */
class CommittedDatasetsTest {
  private final Path home = DatasetsHome.locate();
  private final DatasetManifest manifest = DatasetManifest.read(home.resolve("datasets.json"));

  private List<String> lines(String dataset, String file) throws Exception {
    return Files.readAllLines(home.resolve(dataset).resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void everyCommittedFileMatchesTheManifest() throws Exception {
    assertThat(manifest.names())
        .containsExactly("bible-en-es", "moby-dick", "digits", "mnist", "sentiment-sentences", "afinn-165");
    for (DatasetManifest.Dataset d : manifest.datasets()) {
      if (!d.committed() && !Files.exists(home.resolve(d.name()))) {
        continue; // not imported in this checkout; checked when it is
      }
      try (Stream<Path> s = Files.list(home.resolve(d.name()))) {
        assertThat(s.map(p -> p.getFileName().toString()).sorted())
            .as(d.name()).containsExactlyElementsOf(d.files().stream().map(DatasetManifest.FileEntry::path).toList());
      }
      for (DatasetManifest.FileEntry f : d.files()) {
        byte[] bytes = Files.readAllBytes(home.resolve(d.name()).resolve(f.path()));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(f.path()).isEqualTo(f.sha256());
        assertThat((long) bytes.length).as(f.path()).isEqualTo(f.bytes());
        assertThat(new String(bytes, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count()).as(f.path()).isEqualTo(f.lines());
        assertThat(bytes.length == 0 || bytes[bytes.length - 1] == '\n').as(f.path() + " ends with a newline").isTrue();
      }
    }
  }

  @Test
  void anUncommittedDatasetIsIgnoredByGitAndRecordsItsFiles() throws Exception {
    List<String> ignored = Files.readAllLines(home.getParent().resolve(".gitignore"), StandardCharsets.UTF_8);
    List<DatasetManifest.Dataset> uncommitted = manifest.datasets().stream().filter(d -> !d.committed()).toList();
    assertThat(uncommitted).extracting(DatasetManifest.Dataset::name).containsExactly("mnist");
    for (DatasetManifest.Dataset d : uncommitted) {
      assertThat(ignored).as(".gitignore").contains("datasets/" + d.name() + "/");
      assertThat(d.files()).as(d.name()).isNotEmpty();
    }
    assertThat(manifest.dataset("mnist").files()).extracting(DatasetManifest.FileEntry::path, DatasetManifest.FileEntry::lines)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test.csv", 10_000L),
            org.assertj.core.groups.Tuple.tuple("train.csv", 55_000L),
            org.assertj.core.groups.Tuple.tuple("valid.csv", 5_000L));
  }

  @Test
  void bibleSidesAlignAndFollowTheSplitRule() throws Exception {
    int trainAndValid = 0;
    for (String split : List.of("train", "valid", "test")) {
      List<String> en = lines("bible-en-es", split + ".en");
      List<String> es = lines("bible-en-es", split + ".es");
      List<String> ids = lines("bible-en-es", split + ".ids");
      assertThat(es).hasSameSizeAs(en);
      assertThat(ids).hasSameSizeAs(en);
      assertThat(en).allMatch(l -> !l.isBlank() && !l.contains("<") && l.equals(l.strip()) && !l.contains("  "));
      assertThat(es).allMatch(l -> !l.isBlank() && !l.contains("<") && l.equals(l.strip()) && !l.contains("  "));
      for (String id : ids) {
        String book = id.substring(0, id.indexOf('.'));
        assertThat(BibleDataset.TEST_BOOKS.contains(book)).as(id + " in " + split).isEqualTo(split.equals("test"));
      }
      if (!split.equals("test")) {
        trainAndValid += ids.size();
      }
    }
    assertThat(lines("bible-en-es", "valid.ids")).hasSize(trainAndValid / 23);
    // A verse appears at most once over the three splits and dropped.tsv.
    long distinct =
        Stream.of("train.ids", "valid.ids", "test.ids")
            .flatMap(f -> { try { return lines("bible-en-es", f).stream(); } catch (Exception e) { throw new IllegalStateException(e); } })
            .distinct().count();
    List<String> dropped = lines("bible-en-es", "dropped.tsv");
    assertThat(distinct + dropped.size() - 1).isEqualTo(31102);
  }

  @Test
  void digitsSplitsCoverAllRowsOnce() throws Exception {
    List<Integer> rows =
        Stream.of("train.ids", "valid.ids", "test.ids")
            .flatMap(f -> { try { return lines("digits", f).stream(); } catch (Exception e) { throw new IllegalStateException(e); } })
            .map(Integer::parseInt).sorted().toList();
    assertThat(rows).hasSize(1797).doesNotHaveDuplicates();
    assertThat(rows.get(0)).isEqualTo(1);
    assertThat(rows.get(1796)).isEqualTo(1797);
  }
}
