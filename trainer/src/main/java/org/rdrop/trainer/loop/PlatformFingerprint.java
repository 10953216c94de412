package org.rdrop.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rdrop.trainer.engine.CpuInfo;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.engine.Numerics;

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
          "ONEDNN_MAX_CPU_ISA",
          "DNNL_MAX_CPU_ISA",
          "MKL_DYNAMIC",
          "OMP_DYNAMIC",
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
    Map<String, String> cpu = CpuInfo.read(Path.of("/proc/cpuinfo"));
    f.put("cpu_model", cpu.getOrDefault("model name", "unknown"));
    f.put("cpu_isa", isaFlags(cpu.getOrDefault("flags", "")));
    // What bit-exact comparisons key on: in portable mode the CPU model and flags above are only a record.
    f.put("numerics", Numerics.mode().label());
    f.put("class", Numerics.platformClass(Numerics.mode(), System.getProperty("os.arch"),
        cpu.containsKey("flags") ? CpuInfo.parseFlags(cpu.get("flags")) : null, device.isGpu()));
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

  /** The flags of {@code flags} (a /proc/cpuinfo line) that select kernels, sorted. */
  public static String isaFlags(String flags) {
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
