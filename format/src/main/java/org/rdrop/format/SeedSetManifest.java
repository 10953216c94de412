package org.rdrop.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code seed-set.json} (format {@link #FORMAT}): what a seed set is and which runs it was made of. The
 * set's identity is the one its experiment would have as a single run (config with {@code seeds}, code
 * version, corpus inputs); each seed's run is named by its directory, its own identity hash and the SHA-256
 * of its manifest.json, so a run changed after the set was written shows as a changed manifest.
 *
 * @param config the experiment as parsed, with its {@code seeds}
 * @param runs one per seed, in the order of {@code seeds}
 */
public record SeedSetManifest(
    @JsonProperty("format") String format,
    @JsonProperty("experiment") String experiment,
    @JsonProperty("identity") RunManifest.Identity identity,
    @JsonProperty("config") JsonNode config,
    @JsonProperty("runs") List<Run> runs) {

  public static final String FORMAT = "rdrop-seed-set/1";

  /** One seed's run: its seed, directory (relative to the set), identity hash and manifest's SHA-256. */
  public record Run(
      @JsonProperty("seed") long seed,
      @JsonProperty("run") String run,
      @JsonProperty("identity") String identity,
      @JsonProperty("manifest_sha256") String manifestSha256) {}

  public static SeedSetManifest read(Path file) throws IOException {
    SeedSetManifest m;
    try {
      m = ManifestJson.MAPPER.readValue(Files.readString(file), SeedSetManifest.class);
    } catch (IOException e) {
      throw new IOException(file + ": not a seed set manifest: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new IOException(file + ": format '" + m.format() + "', expected '" + FORMAT + "'");
    }
    if (m.runs() == null || m.runs().isEmpty()) {
      throw new IOException(file + ": field runs is empty");
    }
    return m;
  }

  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, ManifestJson.toJson(this));
  }
}
