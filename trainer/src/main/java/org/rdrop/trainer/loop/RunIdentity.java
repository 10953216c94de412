package org.rdrop.trainer.loop;

import org.rdrop.format.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rdrop.format.Sha256;

/**
 * A training run's identity: everything that can change a byte of its output (effective config, method,
 * vocabulary size, data hashes, trainer version, platform fingerprint). Same identity => bit-identical
 * curve and parameters. The hash is the SHA-256 of the canonical JSON (sorted keys, compact).
 */
public final class RunIdentity {
  static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  private final TreeMap<String, Object> fields;
  private final String hash;

  @SuppressWarnings("unchecked")
  public RunIdentity(Map<String, Object> fields) {
    // Round-trip through JSON text so that a fresh identity and one read back from run.json hold the
    // same value types (records become maps, longs and ints compare equal).
    try {
      this.fields = CANONICAL.readValue(CANONICAL.writeValueAsString(fields), TreeMap.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("identity fields are not JSON-serialisable", e);
    }
    this.hash = Sha256.of(canonicalJson().getBytes(StandardCharsets.UTF_8));
  }

  public String hash() {
    return hash;
  }

  public String shortHash() {
    return hash.substring(0, 12);
  }

  public Map<String, Object> fields() {
    return fields;
  }

  public String canonicalJson() {
    try {
      return CANONICAL.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** run.json: the identity fields plus the hash, pretty-printed with sorted keys. */
  public void write(Path file) throws IOException {
    TreeMap<String, Object> doc = new TreeMap<>(fields);
    doc.put("identity_sha256", hash);
    AtomicFiles.writeString(file, CANONICAL.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
  }

  /** Reads a run.json written by {@link #write}. */
  @SuppressWarnings("unchecked")
  public static RunIdentity read(Path file) throws IOException {
    TreeMap<?, ?> raw = readJson(file, TreeMap.class);
    @SuppressWarnings("unchecked")
    TreeMap<String, Object> doc = (TreeMap<String, Object>) raw;
    Object stored = doc.remove("identity_sha256");
    RunIdentity id = new RunIdentity(doc);
    if (stored != null && !stored.equals(id.hash)) {
      throw new IOException(file + ": identity_sha256 does not match its contents (edited by hand?)");
    }
    return id;
  }

  /**
   * A trainer JSON file (run.json, summary.json) read as {@code type}; a file that does not parse (truncated,
   * damaged) fails naming it, as Jackson's own message does not.
   */
  public static <T> T readJson(Path file, Class<T> type) throws IOException {
    try {
      return CANONICAL.readValue(file.toFile(), type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Dotted paths whose values differ, e.g. {@code platform.intra_op_threads: 2 -> 1}. */
  public List<String> differences(RunIdentity other) {
    TreeMap<String, Object> a = new TreeMap<>();
    TreeMap<String, Object> b = new TreeMap<>();
    flatten("", fields, a);
    flatten("", other.fields, b);
    List<String> out = new ArrayList<>();
    TreeMap<String, Object> keys = new TreeMap<>(a);
    keys.putAll(b);
    for (String k : keys.keySet()) {
      Object x = a.get(k);
      Object y = b.get(k);
      if (x == null ? y != null : !x.equals(y)) {
        out.add(k + ": " + x + " -> " + y);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Map<String, Object> m, Map<String, Object> out) {
    for (Map.Entry<String, Object> e : m.entrySet()) {
      String k = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue() instanceof Map<?, ?> sub) {
        flatten(k, (Map<String, Object>) sub, out);
      } else {
        out.put(k, e.getValue());
      }
    }
  }

}
