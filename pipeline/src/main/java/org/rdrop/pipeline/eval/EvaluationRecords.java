package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.testkit.verdict.PublishedResult;

/** What the test-set evaluations of every task share: the manifest stage they record and the paper row they show. */
public final class EvaluationRecords {
  private EvaluationRecords() {}

  /**
   * Records (or replaces) stage {@code name} in the manifest, with the files it read and wrote (paths in
   * {@code runDir}).
   */
  public static void recordStage(Path runDir, String name, SortedMap<String, Object> params,
      SortedMap<String, Long> stats, List<Path> read, List<Path> files) throws IOException {
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    RunManifest m = ManifestJson.read(manifestFile);
    List<RunManifest.Artifact> artifacts = new ArrayList<>();
    for (Path f : files) {
      artifacts.add(RunArtifacts.of(runDir, f, name));
    }
    List<String> outputs = artifacts.stream().map(RunManifest.Artifact::path).toList();
    RunManifest.Stage stage = new RunManifest.Stage(name, params, stats, outputs)
        .reading(read.stream().map(f -> RunArtifacts.relative(runDir, f)).toList());
    ManifestJson.write(manifestFile, m.withStage(stage, artifacts));
  }

  /**
   * The published row shown beside a metric, its task labelled with the paper's model so that a reader
   * never takes it for this run's setting; null when there is none.
   */
  public static Report.Paper paper(PublishedResult p) {
    return p == null ? null : new Report.Paper(p.task() + ", " + p.model() + " (paper; not this run's data)",
        p.baseline(), p.rdrop(), p.delta(), p.source());
  }
}
