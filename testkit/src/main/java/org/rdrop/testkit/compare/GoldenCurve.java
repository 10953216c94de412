package org.rdrop.testkit.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;

/**
 * A reference loss curve: {@code golden/<experiment>/<method>/} holds {@code curve.tsv} (the run's curve,
 * byte for byte), {@code golden.json} ({@link Meta}), and the run's {@code manifest.json} and trainer
 * {@code run.json} it came from. Format documented in golden/README.md.
 *
 * @param name e.g. {@code bible-en-es/rdrop}, or a path for a bare curve file
 * @param rows the curve
 * @param meta what the golden declares; a bare curve.tsv has {@link Meta#bare}
 */
public record GoldenCurve(String name, List<Curve.Row> rows, Meta meta) {
  public static final String META_FILE = "golden.json";
  public static final String FORMAT = "rdrop-golden-curve/1";

  public GoldenCurve {
    rows = List.copyOf(rows);
  }

  /**
   * golden.json.
   *
   * @param format {@link #FORMAT}; changes when a field changes meaning
   * @param name the golden's name ({@code <experiment>/<method>})
   * @param mode the comparison {@code ./rdrop check} makes: exact, tolerance or trend
   * @param platform fingerprint of the platform that produced the curve (dotted keys, string values), or
   *     null when unknown
   * @param fallbackTolerance what an exact comparison falls back to on another platform; null: none
   * @param trend the trend comparison's columns, window and band; null: none
   * @param source the run the curve came from
   * @param history every update, oldest first: why, and from which manifest
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Meta(
      @JsonProperty("format") String format,
      @JsonProperty("name") String name,
      @JsonProperty("mode") String mode,
      @JsonProperty("platform") SortedMap<String, String> platform,
      @JsonProperty("fallback_tolerance") Tolerance fallbackTolerance,
      @JsonProperty("trend") TrendSpec trend,
      @JsonProperty("source") Source source,
      @JsonProperty("history") List<Update> history) {

    /** What a curve.tsv with no golden.json declares: nothing. */
    public static Meta bare(String name) {
      return new Meta(FORMAT, name, Mode.EXACT.label(), null, null, null, null, List.of());
    }

    public Mode defaultMode() {
      return Mode.parse(mode);
    }
  }

  /**
   * The run a golden curve came from.
   *
   * @param experiment the experiment's name
   * @param method baseline or rdrop
   * @param manifestIdentity {@code identity.hash} of the run's manifest.json (copied beside the golden)
   * @param codeVersion the code version the manifest records
   * @param runIdentity the trainer's {@code identity_sha256} (run.json, copied beside the golden), or null
   * @param curveSha256 SHA-256 of the curve.tsv as the run wrote it
   * @param steps updates in the curve
   */
  public record Source(
      @JsonProperty("experiment") String experiment,
      @JsonProperty("method") String method,
      @JsonProperty("manifest_identity") String manifestIdentity,
      @JsonProperty("code_version") String codeVersion,
      @JsonProperty("run_identity") String runIdentity,
      @JsonProperty("curve_sha256") String curveSha256,
      @JsonProperty("steps") long steps) {}

  /**
   * One rewrite of a golden. No date: the golden's git history has it, and outputs carry no wall-clock.
   *
   * @param kind {@code run}: the curve was taken from a run; {@code edit}: a hand edit (e.g. of the
   *     tolerance) was accepted
   * @param reason why the golden changed (required)
   * @param manifestIdentity the manifest of the run it was taken from
   * @param codeVersion that run's code version
   * @param curveSha256 SHA-256 of the golden's curve.tsv after this change
   */
  public record Update(
      @JsonProperty("kind") String kind,
      @JsonProperty("reason") String reason,
      @JsonProperty("manifest_identity") String manifestIdentity,
      @JsonProperty("code_version") String codeVersion,
      @JsonProperty("curve_sha256") String curveSha256) {}

  /**
   * Reads a golden curve from a directory holding golden.json and curve.tsv, or a bare curve.tsv file
   * (which then declares no platform, tolerance or trend).
   */
  public static GoldenCurve read(Path dirOrFile, String name) throws IOException {
    if (Files.isRegularFile(dirOrFile)) {
      return new GoldenCurve(name, Curve.read(dirOrFile), Meta.bare(name));
    }
    Path metaFile = dirOrFile.resolve(META_FILE);
    if (!Files.isRegularFile(metaFile)) {
      throw new IOException(dirOrFile + ": no " + META_FILE + " (not a golden curve directory)");
    }
    Meta meta;
    try {
      meta = ManifestJson.MAPPER.readValue(Files.readString(metaFile), Meta.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Jackson's message quotes the text it could not read: say where instead (errors do not echo files).
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      StringBuilder field = new StringBuilder();
      if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
          if (r.getFieldName() != null) {
            field.append(field.length() == 0 ? "" : ".").append(r.getFieldName());
          }
        }
      }
      throw new IOException(metaFile + where + ": "
          + (field.length() == 0 ? "not valid JSON" : "field '" + field + "' is missing or invalid"), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(metaFile + ": " + e.getMessage(), e);
    }
    if (!FORMAT.equals(meta.format())) {
      throw new IOException(metaFile + ": format is not '" + FORMAT + "'");
    }
    try {
      meta.defaultMode();
    } catch (IllegalArgumentException e) {
      throw new IOException(metaFile + ": field mode: " + e.getMessage(), e);
    }
    return new GoldenCurve(name, Curve.read(dirOrFile.resolve(Curve.CURVE_FILE)), meta);
  }
}
