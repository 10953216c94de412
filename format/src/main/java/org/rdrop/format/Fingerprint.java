package org.rdrop.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A platform fingerprint as the testkit sees it: an opaque map of strings. The trainer records a nested
 * JSON object (field {@code platform} of its {@code run.json}); nested keys become dotted
 * ({@code env.OMP_NUM_THREADS}) and every value its JSON text, so the testkit never needs to know what the
 * fields mean, only whether they are equal.
 */
public final class Fingerprint {
  /** The trainer's identity file beside curve.tsv; its {@code platform} field is the fingerprint. */
  public static final String RUN_JSON = "run.json";

  private Fingerprint() {}

  /** The fingerprint in a trainer's run.json, or null when the file has no {@code platform} field. */
  public static SortedMap<String, String> fromRunJson(Path runJson) throws IOException {
    JsonNode doc;
    try {
      doc = ManifestJson.MAPPER.readTree(Files.readString(runJson));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(runJson + ": not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode platform = doc == null ? null : doc.get("platform");
    if (platform == null || platform.isNull()) {
      return null;
    }
    if (!platform.isObject()) {
      throw new IOException(runJson + ": field platform is not an object");
    }
    return flatten(platform);
  }

  /** Dotted keys, string values, sorted. */
  public static SortedMap<String, String> flatten(JsonNode object) {
    TreeMap<String, String> out = new TreeMap<>();
    flatten("", object, out);
    return Collections.unmodifiableSortedMap(out);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(prefix, node.isTextual() ? node.asText() : node.toString());
    }
  }

  /**
   * The key of the platform class ({@code x86-64/portable-avx2}, {@code x86-64/native-avx512}, ...): what must
   * match for two runs' curves to be compared bit for bit (docs/reproducibility.md).
   */
  public static final String CLASS = "class";

  /** A platform class as a path segment: {@code x86-64/native-avx512} becomes {@code x86-64-native-avx512}. */
  public static String classSlug(String platformClass) {
    return platformClass.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
  }

  /**
   * Keys that describe the host rather than the kernels it ran: in portable numerics (key {@code numerics}
   * {@code portable}) the kernels are pinned, and the platform {@code class} stands for them.
   */
  public static final Set<String> HOST_KEYS = Set.of("cpu_model", "cpu_isa", "os");

  /**
   * The differences that can change a bit of the output: {@link #differences}, but when both fingerprints
   * are portable numerics, without the {@link #HOST_KEYS} (a portable run on another CPU model is the same
   * platform for bit-exactness).
   */
  public static List<String> numericDifferences(Map<String, String> expected, Map<String, String> actual) {
    if (PORTABLE.equals(expected.get(NUMERICS)) && PORTABLE.equals(actual.get(NUMERICS))) {
      return differences(withoutHost(expected), withoutHost(actual));
    }
    return differences(expected, actual);
  }

  private static final String NUMERICS = "numerics";
  private static final String PORTABLE = "portable";

  private static Map<String, String> withoutHost(Map<String, String> f) {
    TreeMap<String, String> out = new TreeMap<>(f);
    out.keySet().removeAll(HOST_KEYS);
    return out;
  }

  /** {@code key: golden -> current} for every key whose value differs, sorted by key; empty when equal. */
  public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      String a = expected.get(k);
      String b = actual.get(k);
      if (a == null ? b != null : !a.equals(b)) {
        out.add(k + ": " + show(a) + " -> " + show(b));
      }
    }
    return out;
  }

  private static String show(String v) {
    return v == null ? "(absent)" : "'" + v + "'";
  }
}
