package org.rdrop.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Canonical JSON for manifests: sorted map keys, two-space indent, a final newline. */
public final class ManifestJson {
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private ManifestJson() {}

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Writes the manifest with its stage records chained ({@link RunManifest#chained}). */
  public static void write(Path file, RunManifest manifest) throws IOException {
    AtomicFiles.writeString(file, toJson(manifest.chained()));
  }

  public static RunManifest read(Path file) throws IOException {
    try {
      RunManifest m = MAPPER.readValue(Files.readString(file), RunManifest.class);
      if (!RunManifest.FORMAT.equals(m.format())) {
        throw new IOException(file + ": format '" + m.format() + "', expected '" + RunManifest.FORMAT + "'");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a run manifest: " + e.getOriginalMessage(), e);
    }
  }
}
