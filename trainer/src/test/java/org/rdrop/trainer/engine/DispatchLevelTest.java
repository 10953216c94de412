package org.rdrop.trainer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.trainer.TestData;

/**
 * Evidence that portable numerics hold across CPUs (issue 17), on one machine: each child JVM sees the
 * machine as a CPU of one dispatch level would present it to libtorch (ATen's capability, MKL's and oneDNN's
 * instruction caps at that level: {@code default} = no AVX2, {@code avx2}, and {@code avx512} where this CPU
 * has it), trains R-Drop and beam-decodes.
 *
 * <ul>
 *   <li>Native mode (the environment as it is): the levels give different curves, so the levels really select
 *       different kernels here and the test can see a difference.
 *   <li>Portable mode, with the environment passed through ci/image/trainer/numerics-env.sh as ./rdrop and the
 *       image do: curve, model.params and hypotheses are identical bit for bit at every level.
 * </ul>
 */
class DispatchLevelTest {
  static final int VOCAB = 24;
  @TempDir Path dir;

  /** What a CPU of each level shows the libraries (an unpinned process on such a CPU). */
  static Map<String, Map<String, String>> levels() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    out.put("default", Map.of("ATEN_CPU_CAPABILITY", "default", "MKL_ENABLE_INSTRUCTIONS", "SSE4_2",
        "ONEDNN_MAX_CPU_ISA", "SSE41", "DNNL_MAX_CPU_ISA", "SSE41"));
    out.put("avx2", Map.of("ATEN_CPU_CAPABILITY", "avx2", "MKL_ENABLE_INSTRUCTIONS", "AVX2",
        "ONEDNN_MAX_CPU_ISA", "AVX2", "DNNL_MAX_CPU_ISA", "AVX2"));
    Set<String> flags = CpuInfo.flags();
    if (flags != null && flags.containsAll(List.of("avx512f", "avx512bw", "avx512vl", "avx512dq"))) {
      out.put("avx512", Map.of("ATEN_CPU_CAPABILITY", "avx512", "MKL_ENABLE_INSTRUCTIONS", "AVX512",
          "ONEDNN_MAX_CPU_ISA", "AVX512_CORE", "DNNL_MAX_CPU_ISA", "AVX512_CORE"));
    }
    return out;
  }

  private Path run(String name, Map<String, String> level, boolean portable, Path batches, Path yaml)
      throws IOException, InterruptedException {
    Path out = dir.resolve(name);
    List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        DispatchLevelChild.class.getName(), batches.toString(), yaml.toString(), out.toString(),
        Integer.toString(VOCAB), portable ? "portable" : "native");
    List<String> cmd = new ArrayList<>();
    if (portable) {
      // As ./rdrop starts the JVM: the pin script over whatever the environment held.
      Path script = Path.of("..").resolve(Numerics.PIN_SCRIPT).toAbsolutePath().normalize();
      cmd.addAll(List.of("bash", "-c", ". \"$0\" && exec \"$@\"", script.toString()));
    }
    cmd.addAll(java);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeAll(Numerics.PORTABLE_PINS.keySet());
    pb.environment().putAll(level);
    Path log = dir.resolve(name + ".log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(name + ": child JVM did not finish in 120 s");
    }
    assertThat(p.exitValue()).as(name + ": " + Files.readString(log)).isZero();
    return out;
  }

  @Test
  void portableModeGivesTheSameBitsAtEveryDispatchLevel() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 4, 8, 6, VOCAB);
    Path yaml = TestData.writeConfig(dir.resolve("exp.yaml"), TestData.tinyConfig(12, 12));
    Map<String, Map<String, String>> levels = levels();

    Set<String> nativeCurves = new HashSet<>();
    for (var level : levels.entrySet()) {
      nativeCurves.add(Files.readString(run("native-" + level.getKey(), level.getValue(), false, batches, yaml)
          .resolve("curve.tsv")));
    }
    assertThat(nativeCurves).as("native curves of levels %s: the levels must select different kernels here",
        levels.keySet()).hasSizeGreaterThan(1);
    System.err.printf("dispatch levels %s: %d distinct native curves%n", levels.keySet(), nativeCurves.size());

    Path reference = null;
    for (var level : levels.entrySet()) {
      Path out = run("portable-" + level.getKey(), level.getValue(), true, batches, yaml);
      assertThat(Files.readString(out.resolve("run.json")))
          .contains("\"numerics\" : \"portable\"", "\"class\" : \"x86-64/portable-avx2\"");
      if (reference == null) {
        reference = out;
        continue;
      }
      for (String f : List.of("curve.tsv", "model.params", "hypotheses.txt")) {
        assertThat(Files.readAllBytes(out.resolve(f)))
            .as("%s at level %s vs %s", f, level.getKey(), reference.getFileName())
            .isEqualTo(Files.readAllBytes(reference.resolve(f)));
      }
    }
  }
}
