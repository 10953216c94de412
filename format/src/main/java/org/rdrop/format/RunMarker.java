package org.rdrop.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code .rdrop-run}: the file rdrop writes into every run directory it creates, so that it can tell its
 * own directories from anyone else's before it deletes or overwrites anything there. Not a run output:
 * not in the manifest, the identity or any comparison.
 *
 * <pre>{"created_by": "&lt;code version&gt;", "format": "rdrop-run/1"}</pre>
 */
public record RunMarker(@JsonProperty("format") String format, @JsonProperty("created_by") String createdBy) {
  public static final String FILE = ".rdrop-run";
  public static final String FORMAT = "rdrop-run/1";

  /** Writes the marker of the running code into {@code runDir}. */
  public static void write(Path runDir) throws IOException {
    AtomicFiles.writeString(runDir.resolve(FILE), ManifestJson.toJson(new RunMarker(FORMAT, CodeVersion.current())));
  }

  /** True when {@code runDir} holds a marker (a regular file, not a link to one). */
  public static boolean isPresent(Path runDir) {
    return Files.isRegularFile(runDir.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
  }

  /** The marker in {@code runDir}; fails naming the file when it is not one rdrop wrote. */
  public static RunMarker read(Path runDir) throws IOException {
    Path file = runDir.resolve(FILE);
    RunMarker m;
    try {
      m = ManifestJson.MAPPER.readValue(Files.readString(file), RunMarker.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not an rdrop run marker: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new IOException(file + ": format '" + m.format() + "', expected '" + FORMAT + "'");
    }
    return m;
  }
}
