package org.rdrop.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;

/**
 * Synthetic but realistic training curves and run directories for tests, with hand-set shapes: inverse
 * square-root learning rate with 40 warm-up steps, NLL falling from about 9 to 2.6 nats with a wobble, a KL
 * term that falls from 0.7 to 0.15 on R-Drop (as users of the official code saw), baseline KL 0.
 */
public final class TestRuns {
  public static final String MANIFEST_IDENTITY = "1a2b3c4d5e6f" + "0".repeat(52);
  public static final String CODE_VERSION = "abc123def456";

  private TestRuns() {}

  public static List<Curve.Row> curve(String method, int steps) {
    boolean rdrop = method.equals("rdrop");
    int passes = rdrop ? 2 : 1;
    List<Curve.Row> rows = new ArrayList<>();
    for (int i = 1; i <= steps; i++) {
      double lr = 5e-4 * Math.min(i / 40.0, Math.sqrt(40.0 / i));
      double nll = 2.6 + 6.4 * Math.exp(-i / 45.0) + 0.04 * Math.sin(1.3 * i);
      double kl = rdrop ? 0.15 + 0.55 * Math.exp(-i / 30.0) : 0;
      double loss = passes * (nll + 0.35) + 5 * kl;
      double grad = 1.2 + 3 * Math.exp(-i / 25.0) + 0.1 * Math.cos(0.7 * i);
      rows.add(new Curve.Row(i, 1 + (i - 1) / 50, passes, 30 + (i * 7) % 11, 850 + (i * 37) % 120, lr, loss, nll, kl,
          grad));
    }
    return List.copyOf(rows);
  }

  /** The curve with row {@code step} (1-based) changed. */
  public static List<Curve.Row> change(List<Curve.Row> rows, long step, UnaryOperator<Curve.Row> f) {
    List<Curve.Row> out = new ArrayList<>(rows);
    out.set((int) step - 1, f.apply(rows.get((int) step - 1)));
    return out;
  }

  public static Curve.Row withLoss(Curve.Row r, double loss) {
    return new Curve.Row(r.step(), r.epoch(), r.passes(), r.sentences(), r.tokens(), r.lr(), loss, r.nll(), r.kl(),
        r.gradNorm());
  }

  public static SortedMap<String, String> platform(String isa) {
    return new TreeMap<>(Map.of("cpu_isa", isa, "engine", "PyTorch 2.7.1", "intra_op_threads", "2"));
  }

  /**
   * A finished run directory: manifest.json listing every file, and per method {@code curve.tsv} and the
   * trainer's {@code run.json} with a platform fingerprint.
   */
  public static Path runDir(Path dir, String experiment, Map<String, List<Curve.Row>> curves, String isa)
      throws IOException {
    return runDir(dir, experiment, curves, Map.of("cpu_isa", isa, "engine", "PyTorch 2.7.1", "intra_op_threads", 2));
  }

  /** As {@link #runDir(Path, String, Map, String)}, with the given platform fingerprint in each run.json. */
  public static Path runDir(Path dir, String experiment, Map<String, List<Curve.Row>> curves,
      Map<String, Object> platform) throws IOException {
    List<RunManifest.Artifact> artifacts = new ArrayList<>();
    for (Map.Entry<String, List<Curve.Row>> e : new TreeMap<>(curves).entrySet()) {
      Path m = dir.resolve(e.getKey());
      Files.createDirectories(m);
      Curve.write(m.resolve("curve.tsv"), e.getValue());
      TreeMap<String, Object> runJson = new TreeMap<>();
      runJson.put("identity_sha256", "fe".repeat(32));
      runJson.put("platform", platform);
      Files.writeString(m.resolve("run.json"), ManifestJson.toJson(runJson));
      for (String f : List.of("curve.tsv", "run.json")) {
        Path p = m.resolve(f);
        artifacts.add(new RunManifest.Artifact(e.getKey() + "/" + f, Sha256.of(p), Files.size(p),
            Files.readAllLines(p).size(), "train"));
      }
    }
    RunManifest manifest = new RunManifest(RunManifest.FORMAT, experiment,
        new RunManifest.Identity(MANIFEST_IDENTITY, "c".repeat(64), CODE_VERSION, List.of(), new TreeMap<>()),
        JsonNodeFactory.instance.objectNode().put("name", experiment), List.of(), artifacts);
    ManifestJson.write(dir.resolve("manifest.json"), manifest);
    return dir;
  }
}
