package org.rdrop.format;

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

  @Test
  void portableRunsOnAnotherCpuDifferOnlyInWhatCannotChangeABit() {
    Map<String, String> golden = Map.of("numerics", "portable", "class", "x86-64/portable-avx2",
        "cpu_model", "AMD EPYC", "cpu_isa", "avx2 avx512f fma", "os", "Linux 6.18", "intra_op_threads", "2");
    Map<String, String> other = Map.of("numerics", "portable", "class", "x86-64/portable-avx2",
        "cpu_model", "Intel Xeon", "cpu_isa", "avx2 fma", "os", "Linux 6.8", "intra_op_threads", "2");
    assertThat(Fingerprint.numericDifferences(golden, other)).isEmpty();
    // What still matters in portable mode is still reported.
    Map<String, String> threads = new java.util.TreeMap<>(other);
    threads.put("intra_op_threads", "4");
    assertThat(Fingerprint.numericDifferences(golden, threads)).containsExactly("intra_op_threads: '2' -> '4'");
  }

  @Test
  void nativeOrMixedRunsCompareTheWholeFingerprint() {
    Map<String, String> portable = Map.of("numerics", "portable", "cpu_model", "AMD EPYC");
    Map<String, String> nativeRun = Map.of("numerics", "native", "cpu_model", "Intel Xeon");
    assertThat(Fingerprint.numericDifferences(portable, nativeRun))
        .containsExactly("cpu_model: 'AMD EPYC' -> 'Intel Xeon'", "numerics: 'portable' -> 'native'");
    assertThat(Fingerprint.numericDifferences(Map.of("numerics", "native", "cpu_model", "AMD EPYC"), nativeRun))
        .containsExactly("cpu_model: 'AMD EPYC' -> 'Intel Xeon'");
  }
}
