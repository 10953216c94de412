package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.corpora.DatasetsHome;

/**
 * Opt-in ({@code -Drdrop.network=true}): downloads each dataset's pinned package files and checks
 * that the import reproduces the committed files byte for byte (mnist, not committed: the files
 * datasets.json records).
 */
@EnabledIfSystemProperty(named = "rdrop.network", matches = "true")
class DatasetImportNetworkTest {

  @ParameterizedTest
  @ValueSource(strings = {"bible-en-es", "moby-dick", "digits"})
  void importFromUpstreamReproducesTheCommittedFiles(String name) throws Exception {
    StringWriter log = new StringWriter();
    int code =
        new DataImporter(new PackageFiles(), new PrintWriter(log, true))
            .run(new DataImporter.Request(name, DatasetsHome.locate(), null, DataImporter.Mode.CHECK, List.of()));
    assertThat(code).as(log.toString()).isZero();
    assertThat(log.toString()).contains(name + ": OK");
  }

  /** mnist is not committed: the import into a fresh folder must write files matching datasets.json. */
  @Test
  void mnistImportsFromUpstreamMatchingTheManifest(@TempDir Path out) throws Exception {
    StringWriter log = new StringWriter();
    Path dir = out.resolve("mnist");
    int code =
        new DataImporter(new PackageFiles(), new PrintWriter(log, true))
            .run(new DataImporter.Request("mnist", DatasetsHome.locate(), dir, DataImporter.Mode.IMPORT, List.of()));
    assertThat(code).as(log.toString()).isZero();
    assertThat(log.toString()).contains("wrote 3 files to " + dir + ", all matching datasets.json");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("test.csv", "train.csv", "valid.csv");
    }
  }
}
