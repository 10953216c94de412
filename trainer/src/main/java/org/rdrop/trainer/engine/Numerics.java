package org.rdrop.trainer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numerics mode of this process (docs/reproducibility.md). {@link Mode#PORTABLE} (the default) means
 * every kernel-selection knob of libtorch and its math libraries is pinned in the environment to AVX2, so
 * a run gives the same bits on any x86-64 CPU with AVX2 and FMA; {@link Mode#NATIVE} lets each library
 * pick the CPU's best kernels (faster, but the bits follow the CPU).
 *
 * <p>The libraries read the pins once, when they load, so they cannot be set from Java: the launcher
 * ({@code ./rdrop}) and the image's entry point source {@code ci/image/trainer/numerics-env.sh} before
 * the JVM starts, and {@link #requireReady} refuses to start the engine in portable mode without them.
 * The mode is process-wide because the environment it describes is.
 */
public final class Numerics {
  /** How libtorch may choose its CPU kernels. */
  public enum Mode {
    PORTABLE,
    NATIVE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code portable} or {@code native}, as the command line spells them. */
    public static Mode parse(String s) {
      for (Mode m : values()) {
        if (m.label().equals(s)) {
          return m;
        }
      }
      throw new IllegalArgumentException("--numerics must be portable or native, got '" + s + "'");
    }
  }

  /**
   * What portable mode sets, in the order of ci/image/trainer/numerics-env.sh (NumericsTest holds the two
   * equal). MKL_CBWR=COMPATIBLE rather than AVX2: MKL honours its AVX2 branch on Intel CPUs only.
   */
  public static final Map<String, String> PORTABLE_PINS = pins(
      "ATEN_CPU_CAPABILITY", "avx2",
      "MKL_CBWR", "COMPATIBLE",
      "MKL_ENABLE_INSTRUCTIONS", "AVX2",
      "ONEDNN_MAX_CPU_ISA", "AVX2",
      "DNNL_MAX_CPU_ISA", "AVX2",
      "MKL_DYNAMIC", "FALSE",
      "OMP_DYNAMIC", "FALSE");

  /** The level the pins select, in the platform class. */
  public static final String PORTABLE_LEVEL = "avx2";

  /** CPU flags the portable level needs (/proc/cpuinfo spelling). */
  static final List<String> PORTABLE_CPU_FLAGS = List.of("avx2", "fma");

  /** The script that sets the pins, relative to the repository (and copied into the trainer image). */
  public static final String PIN_SCRIPT = "ci/image/trainer/numerics-env.sh";

  private static volatile Mode mode = Mode.PORTABLE;

  private Numerics() {}

  /** Chooses the mode of this process (the command line's --numerics); before the engine starts. */
  public static void select(Mode m) {
    mode = m;
  }

  public static Mode mode() {
    return mode;
  }

  /**
   * Fails, naming each variable and what to do, when this process is in portable mode but its environment
   * does not hold the pins or its CPU cannot run them. Native mode accepts any environment.
   */
  public static void requireReady() {
    List<String> problems = problems(mode, System.getenv(), System.getProperty("os.arch"), CpuInfo.flags());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
  }

  /**
   * What stops {@code m} on a machine with this environment, JVM architecture and CPU flags (null flags:
   * unknown, e.g. no /proc/cpuinfo); empty when nothing does.
   */
  static List<String> problems(Mode m, Map<String, String> env, String osArch, Set<String> cpuFlags) {
    List<String> out = new ArrayList<>();
    if (m != Mode.PORTABLE) {
      return out;
    }
    if (!isX86(osArch)) {
      out.add("portable numerics pin x86-64 kernels and this is " + osArch
          + ": run with --numerics native (results then depend on the CPU, docs/reproducibility.md)");
      return out;
    }
    if (cpuFlags != null) {
      List<String> missing = PORTABLE_CPU_FLAGS.stream().filter(f -> !cpuFlags.contains(f)).toList();
      if (!missing.isEmpty()) {
        out.add("portable numerics need a CPU with " + String.join(" and ", PORTABLE_CPU_FLAGS)
            + " and this one lacks " + String.join(", ", missing) + ": run with --numerics native");
        return out;
      }
    }
    for (Map.Entry<String, String> pin : PORTABLE_PINS.entrySet()) {
      String have = env.get(pin.getKey());
      if (!pin.getValue().equals(have)) {
        out.add("portable numerics need " + pin.getKey() + "=" + pin.getValue() + " in the environment before "
            + "libtorch loads, but it is " + (have == null ? "not set" : "'" + have + "'")
            + ": run through ./rdrop (it sets the pins), or `. " + PIN_SCRIPT + "` first, or pass --numerics native");
      }
    }
    return out;
  }

  /**
   * The platform class: what must match for curves to be compared bit for bit. Portable CPU runs of one
   * architecture share {@code x86-64/portable-avx2} whatever the CPU model; a native run's class names the
   * best level ATen dispatches to on its CPU ({@code x86-64/native-avx512}); a GPU run is {@code .../gpu-*}.
   */
  public static String platformClass(Mode m, String osArch, Set<String> cpuFlags, boolean gpu) {
    String arch = isX86(osArch) ? "x86-64" : osArch;
    if (gpu) {
      return arch + "/gpu-" + m.label();
    }
    if (m == Mode.PORTABLE) {
      return arch + "/portable-" + PORTABLE_LEVEL;
    }
    return arch + "/native-" + nativeLevel(cpuFlags);
  }

  /** The level ATen picks on a CPU with these flags when nothing pins it. */
  static String nativeLevel(Set<String> flags) {
    if (flags == null) {
      return "unknown";
    }
    // ATen's AVX-512 kernels need F, BW, VL and DQ; its AVX2 kernels AVX2 and FMA.
    if (flags.containsAll(List.of("avx512f", "avx512bw", "avx512vl", "avx512dq"))) {
      return "avx512";
    }
    if (flags.containsAll(PORTABLE_CPU_FLAGS)) {
      return "avx2";
    }
    return "default";
  }

  static boolean isX86(String osArch) {
    return "amd64".equals(osArch) || "x86_64".equals(osArch);
  }

  private static Map<String, String> pins(String... kv) {
    LinkedHashMap<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
