package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.corpora.DatasetsHome;

/**
 * Opt-in ({@code -Drdrop.network=true}): downloads each dataset's pinned package files and checks
 * that the import reproduces the committed files byte for byte.
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
}
