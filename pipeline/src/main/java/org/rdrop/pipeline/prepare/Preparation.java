package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PDone;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunManifest;
import org.rdrop.config.ExperimentConfig;

/**
 * A task's preparation: the corpus files it reads, its Beam stages, the files it writes and the manifest
 * stages that describe them. {@code PrepareRun} does the rest (identity, claiming the run directory, running
 * the pipeline, the manifest) the same way for every task.
 */
public interface Preparation {
  /** Corpus file names (relative to the corpus directory) that preparation reads: the identity's inputs. */
  List<String> corpusFiles(ExperimentConfig c);

  /** Adds the stages to {@code p}; the caller runs it. */
  void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir);

  /** The preparation as one named composite transform of the pipeline it is applied to. */
  default PTransform<PBegin, PDone> transform(ExperimentConfig c, Path corpusDir, Path runDir) {
    return new Transform(this, c, corpusDir, runDir);
  }

  /** {@link #build} as a composite: every stage it adds is nested under the name it is applied with. */
  final class Transform extends PTransform<PBegin, PDone> {
    // Used while expanding, on the driver only: the stages carry what their workers need themselves.
    private final transient Preparation preparation;
    private final transient ExperimentConfig config;
    private final transient Path corpusDir;
    private final transient Path runDir;

    Transform(Preparation preparation, ExperimentConfig config, Path corpusDir, Path runDir) {
      this.preparation = preparation;
      this.config = config;
      this.corpusDir = corpusDir;
      this.runDir = runDir;
    }

    @Override
    public PDone expand(PBegin input) {
      preparation.build(input.getPipeline(), config, corpusDir, runDir);
      return PDone.in(input.getPipeline());
    }
  }

  /** Every file written, with its producing stage, in pipeline order. */
  List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir);

  /** The manifest's stages: parameters, statistics (from statistics.tsv) and outputs. */
  List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> statistics, Path runDir);

  /** A manifest stage whose statistics are those named {@code <name>/...} and whose outputs its files. */
  static RunManifest.Stage stage(String name, SortedMap<String, Object> params, SortedMap<String, Long> stats,
      List<PrepareLayout.Output> outputs, Path runDir) {
    SortedMap<String, Long> mine = new TreeMap<>();
    stats.forEach((k, v) -> {
      if (k.startsWith(name + "/")) {
        mine.put(k.substring(name.length() + 1), v);
      }
    });
    List<String> files = new ArrayList<>();
    for (PrepareLayout.Output o : outputs) {
      if (o.stage().equals(name)) {
        files.add(RunArtifacts.relative(runDir, o.file()));
      }
    }
    return new RunManifest.Stage(name, params, mine, files);
  }

  /** Sorted parameters from name, value, name, value, ... */
  static SortedMap<String, Object> params(Object... kv) {
    SortedMap<String, Object> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
