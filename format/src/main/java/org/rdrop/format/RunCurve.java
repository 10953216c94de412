package org.rdrop.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * A loss curve under test and what is known about where it came from.
 *
 * @param label how reports name it (usually its path)
 * @param rows the curve
 * @param fingerprint the platform it was trained on, or null when unknown
 * @param origin the run it belongs to, or null for a curve without a run directory around it
 */
public record RunCurve(String label, List<Curve.Row> rows, SortedMap<String, String> fingerprint, Origin origin) {

  public RunCurve {
    rows = List.copyOf(rows);
  }

  /**
   * The run a curve belongs to: a method directory ({@code baseline/}, {@code rdrop/}) of a run directory.
   *
   * @param experiment from the run's manifest
   * @param method the method directory's name
   * @param manifestIdentity {@code identity.hash} of the run's manifest.json
   * @param codeVersion {@code identity.code_version} of the manifest
   * @param runIdentity the trainer's {@code identity_sha256} from run.json, or null
   * @param manifestFile the run's manifest.json
   * @param runJsonFile the trainer's run.json, or null
   */
  public record Origin(
      String experiment,
      String method,
      String manifestIdentity,
      String codeVersion,
      String runIdentity,
      Path manifestFile,
      Path runJsonFile) {}

  /** A curve with no platform or run information (e.g. built in a test). */
  public static RunCurve of(String label, List<Curve.Row> rows) {
    return new RunCurve(label, rows, null, null);
  }

  /** The same curve on another platform. */
  public RunCurve withFingerprint(SortedMap<String, String> platform) {
    return new RunCurve(label, rows, platform, origin);
  }

  /**
   * Reads a curve.tsv and what lies around it in a run directory: the trainer's run.json beside it (the
   * platform fingerprint) and the run's manifest.json one level up ({@code <run>/<method>/curve.tsv}).
   * Either may be missing; the curve is then of unknown platform or origin.
   */
  public static RunCurve load(Path curveFile) throws IOException {
    List<Curve.Row> rows = Curve.read(curveFile);
    Path dir = curveFile.toAbsolutePath().getParent();
    Path runJson = dir.resolve(Fingerprint.RUN_JSON);
    SortedMap<String, String> fingerprint = null;
    String runIdentity = null;
    if (Files.isRegularFile(runJson)) {
      fingerprint = Fingerprint.fromRunJson(runJson);
      var id = ManifestJson.MAPPER.readTree(runJson.toFile()).get("identity_sha256");
      runIdentity = id != null && id.isTextual() ? id.asText() : null;
    } else {
      runJson = null;
    }
    Origin origin = null;
    Path manifest = dir.getParent() == null ? null : dir.getParent().resolve("manifest.json");
    if (manifest != null && Files.isRegularFile(manifest)) {
      RunManifest m = ManifestJson.read(manifest);
      origin =
          new Origin(
              m.experiment(), dir.getFileName().toString(), m.identity().hash(), m.identity().codeVersion(),
              runIdentity, manifest, runJson);
    }
    return new RunCurve(curveFile.toString(), rows, fingerprint, origin);
  }
}
