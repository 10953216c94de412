package org.rdrop.testkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir Path dir;

  @Test
  void flattensTheTrainersNestedPlatformIntoDottedStrings() throws Exception {
    Path runJson = dir.resolve("run.json");
    Files.writeString(runJson, """
        {
          "identity_sha256": "abc",
          "platform": {
            "cpu_isa": "avx avx2 fma",
            "env": {"OMP_NUM_THREADS": "2"},
            "intra_op_threads": 2
          }
        }
        """);
    assertThat(Fingerprint.fromRunJson(runJson))
        .containsExactly(
            Map.entry("cpu_isa", "avx avx2 fma"), Map.entry("env.OMP_NUM_THREADS", "2"),
            Map.entry("intra_op_threads", "2"));
  }

  @Test
  void noPlatformFieldMeansUnknown() throws Exception {
    Path runJson = dir.resolve("run.json");
    Files.writeString(runJson, "{\"identity_sha256\": \"abc\"}");
    assertThat(Fingerprint.fromRunJson(runJson)).isNull();
  }

  @Test
  void differencesAreSortedAndShowBothSides() {
    assertThat(Fingerprint.differences(
            Map.of("b", "1", "a", "x", "c", "same"), Map.of("a", "y", "c", "same", "d", "new")))
        .containsExactly("a: 'x' -> 'y'", "b: '1' -> (absent)", "d: (absent) -> 'new'");
  }
}
