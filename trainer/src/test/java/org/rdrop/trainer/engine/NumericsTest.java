package org.rdrop.trainer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.engine.Numerics.Mode;

class NumericsTest {
  static final Set<String> AVX2 = Set.of("sse2", "avx", "avx2", "fma");
  static final Set<String> AVX512 = Set.of("sse2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq");

  private static Map<String, String> pinned() {
    Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin"));
    env.put("ATEN_CPU_CAPABILITY", "avx2");
    env.put("MKL_CBWR", "COMPATIBLE");
    env.put("MKL_ENABLE_INSTRUCTIONS", "AVX2");
    env.put("ONEDNN_MAX_CPU_ISA", "AVX2");
    env.put("DNNL_MAX_CPU_ISA", "AVX2");
    env.put("MKL_DYNAMIC", "FALSE");
    env.put("OMP_DYNAMIC", "FALSE");
    return env;
  }

  @Test
  void portableModeAcceptsThePinsOnAnAvx2OrAvx512Cpu() {
    assertThat(Numerics.problems(Mode.PORTABLE, pinned(), "amd64", AVX2)).isEmpty();
    assertThat(Numerics.problems(Mode.PORTABLE, pinned(), "amd64", AVX512)).isEmpty();
  }

  @Test
  void portableModeNamesEachMissingOrDifferentPinAndHowToFixIt() {
    Map<String, String> env = pinned();
    env.remove("ATEN_CPU_CAPABILITY");
    env.put("MKL_CBWR", "AVX2");
    List<String> p = Numerics.problems(Mode.PORTABLE, env, "amd64", AVX512);
    assertThat(p).hasSize(2);
    assertThat(p.get(0)).contains("ATEN_CPU_CAPABILITY=avx2", "it is not set", "./rdrop",
        "ci/image/trainer/numerics-env.sh", "--numerics native");
    assertThat(p.get(1)).contains("MKL_CBWR=COMPATIBLE", "it is 'AVX2'");
  }

  @Test
  void nativeModeAcceptsAnyEnvironment() {
    assertThat(Numerics.problems(Mode.NATIVE, Map.of(), "amd64", AVX512)).isEmpty();
    assertThat(Numerics.problems(Mode.NATIVE, Map.of(), "aarch64", Set.of("neon"))).isEmpty();
  }

  @Test
  void portableModeRefusesOtherArchitecturesAndCpusWithoutAvx2() {
    assertThat(Numerics.problems(Mode.PORTABLE, pinned(), "aarch64", Set.of("asimd")))
        .singleElement().asString().contains("aarch64", "--numerics native");
    assertThat(Numerics.problems(Mode.PORTABLE, pinned(), "amd64", Set.of("sse2", "avx")))
        .singleElement().asString().contains("lacks avx2, fma", "--numerics native");
  }

  @Test
  void platformClassIgnoresTheCpuInPortableModeAndNamesItsLevelInNativeMode() {
    assertThat(Numerics.platformClass(Mode.PORTABLE, "amd64", AVX512, false)).isEqualTo("x86-64/portable-avx2");
    assertThat(Numerics.platformClass(Mode.PORTABLE, "amd64", AVX2, false)).isEqualTo("x86-64/portable-avx2");
    assertThat(Numerics.platformClass(Mode.NATIVE, "amd64", AVX512, false)).isEqualTo("x86-64/native-avx512");
    assertThat(Numerics.platformClass(Mode.NATIVE, "amd64", AVX2, false)).isEqualTo("x86-64/native-avx2");
    assertThat(Numerics.platformClass(Mode.NATIVE, "amd64", Set.of("sse2"), false)).isEqualTo("x86-64/native-default");
    assertThat(Numerics.platformClass(Mode.NATIVE, "amd64", null, false)).isEqualTo("x86-64/native-unknown");
    assertThat(Numerics.platformClass(Mode.PORTABLE, "amd64", AVX512, true)).isEqualTo("x86-64/gpu-portable");
  }

  @Test
  void modeParsesOnlyItsTwoNames() {
    assertThat(Mode.parse("portable")).isEqualTo(Mode.PORTABLE);
    assertThat(Mode.parse("native")).isEqualTo(Mode.NATIVE);
    assertThatThrownBy(() -> Mode.parse("fast")).hasMessageContaining("--numerics must be portable or native");
  }

  /** The script ./rdrop and the image source sets exactly what the trainer checks, in the same order. */
  @Test
  void pinScriptExportsThePinsTheTrainerChecks() throws IOException {
    Path script = Path.of("..").resolve(Numerics.PIN_SCRIPT);
    Map<String, String> exported = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^export ([A-Z_]+)=(\\S+)$").matcher(Files.readString(script));
    while (m.find()) {
      exported.put(m.group(1), m.group(2));
    }
    assertThat(exported).containsExactlyEntriesOf(Numerics.PORTABLE_PINS);
  }

  /** Surefire's environment (the poms) holds the pins, so the tests train in portable mode. */
  @Test
  void testsRunWithThePins() {
    assertThat(Numerics.problems(Mode.PORTABLE, System.getenv(), "amd64", AVX2)).isEmpty();
  }
}
