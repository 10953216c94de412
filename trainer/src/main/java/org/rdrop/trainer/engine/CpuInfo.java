package org.rdrop.trainer.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The CPU as Linux describes it (/proc/cpuinfo): model name and instruction-set flags. */
public final class CpuInfo {
  private static final Path PROC = Path.of("/proc/cpuinfo");

  private CpuInfo() {}

  /** The model name, or "unknown" (not Linux). */
  public static String model() {
    return read(PROC).getOrDefault("model name", "unknown");
  }

  /** The CPU's flags, lower case; null when unknown (not Linux). */
  public static Set<String> flags() {
    String flags = read(PROC).get("flags");
    return flags == null ? null : parseFlags(flags);
  }

  public static Set<String> parseFlags(String flags) {
    TreeSet<String> out = new TreeSet<>();
    for (String f : flags.trim().split("\\s+")) {
      if (!f.isEmpty()) {
        out.add(f.toLowerCase(Locale.ROOT));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The first processor's fields (empty when unreadable). */
  public static Map<String, String> read(Path file) {
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
      // Leave empty: callers then say "unknown", which is honest.
    }
    return out;
  }
}
