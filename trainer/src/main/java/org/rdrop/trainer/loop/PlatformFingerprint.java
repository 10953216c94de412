package org.rdrop.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rdrop.trainer.engine.EngineSetup;

/**
 * Everything about the platform that can change a bit of the training output: OS, CPU model and the
 * instruction-set flags kernels dispatch on, thread counts, DJL and libtorch versions and build features,
 * the device, and environment variables that steer the math libraries. Sorted keys, no timestamps, no
 * host names, no core count (the thread count is what matters).
 */
public final class PlatformFingerprint {
  /** CPU flag prefixes that select different kernels (vector width, FMA, half/bfloat conversion). */
  private static final List<String> ISA_PREFIXES =
      List.of("sse", "ssse", "avx", "fma", "f16c", "amx", "bmi", "popcnt", "vnni");

  private static final List<String> NUMERIC_ENV =
      List.of(
          "ATEN_CPU_CAPABILITY",
          "MKL_CBWR",
          "MKL_NUM_THREADS",
          "OMP_NUM_THREADS",
          "MKL_ENABLE_INSTRUCTIONS",
          "DNNL_MAX_CPU_ISA",
          "CUBLAS_WORKSPACE_CONFIG",
          "CUDA_VISIBLE_DEVICES");

  private PlatformFingerprint() {}

  /** The environment variables a run records (those set); a container that should match a host needs them. */
  public static List<String> environmentVariables() {
    return NUMERIC_ENV;
  }

  public static Map<String, Object> capture(Engine engine, Device device) {
    TreeMap<String, Object> f = new TreeMap<>();
    f.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    f.put("arch", System.getProperty("os.arch"));
    f.put("java_spec", System.getProperty("java.specification.version"));
    Map<String, String> cpu = cpuInfo(Path.of("/proc/cpuinfo"));
    f.put("cpu_model", cpu.getOrDefault("model name", "unknown"));
    f.put("cpu_isa", isaFlags(cpu.getOrDefault("flags", "")));
    EngineSetup.Threads t = EngineSetup.threads();
    f.put("intra_op_threads", t.intraOp());
    f.put("inter_op_threads", t.interOp());
    f.put("djl_version", Engine.getDjlVersion());
    f.put("engine", engine.getEngineName() + " " + engine.getVersion());
    f.put("engine_features", String.join(",", new TreeSet<>(JniUtils.getFeatures())));
    f.put("device", device.toString());
    if (device.isGpu()) {
      f.put("gpu_deterministic_algorithms", "unavailable");
    }
    TreeMap<String, String> env = new TreeMap<>();
    for (String k : NUMERIC_ENV) {
      String v = System.getenv(k);
      if (v != null) {
        env.put(k, v);
      }
    }
    f.put("env", env);
    return f;
  }

  /** The first processor's fields from /proc/cpuinfo (empty when unreadable, e.g. not Linux). */
  static Map<String, String> cpuInfo(Path file) {
    Map<String, String> out = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          if (!out.isEmpty()) {
            break;
          }
          continue;
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          out.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
    } catch (IOException e) {
      // Leave empty: the fingerprint then says "unknown", which is honest.
    }
    return out;
  }

  static String isaFlags(String flags) {
    TreeSet<String> keep = new TreeSet<>();
    for (String flag : flags.split("\\s+")) {
      String f = flag.toLowerCase(Locale.ROOT);
      for (String p : ISA_PREFIXES) {
        if (f.startsWith(p)) {
          keep.add(f);
        }
      }
    }
    return String.join(" ", keep);
  }
}
