package org.rdrop.pipeline.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.task.Task;
import org.rdrop.pipeline.task.Tasks;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.testkit.verdict.PublishedResults;

/**
 * The test-set evaluation of each task, in two halves: {@link #evaluate} runs the models and writes their
 * outputs (hypotheses, per-block scores, predictions), {@link #metrics} turns those files into the report's
 * metric rows. {@code rdrop evaluate} does both; {@code rdrop check} re-derives the rows from the files
 * alone and compares them with report.json.
 */
public final class Evaluations {
  private Evaluations() {}

  /** Evaluates both models on the test set as the experiment's task asks; returns the metric rows. */
  public static List<Report.Metric> evaluate(Path runDir, PipelineOptions options) throws IOException {
    ExperimentConfig config = config(runDir);
    Task task = Tasks.of(config);
    return task.evaluate(runDir, paper(task), options);
  }

  /**
   * The metric rows from the files evaluation left in the run directory, without a model or a pipeline
   * (translation: BLEU statistics recomputed from the hypotheses and the reference), with the evaluation
   * files re-derived on the way.
   */
  public static Task.Rederived rederive(Path runDir) throws IOException {
    Task task = Tasks.of(config(runDir));
    return task.rederive(runDir, paper(task));
  }

  /** The report's notes: what the paper row beside the metrics is, and what it is not. */
  public static List<String> notes(Path runDir) throws IOException {
    ExperimentConfig config = config(runDir);
    PublishedResult paper = paper(Tasks.of(config));
    return List.of("Paper numbers are " + paper.task() + " (" + paper.model() + "); this run is "
        + config.name() + ": compare the direction and significance of the delta, not the values.");
  }

  private static ExperimentConfig config(Path runDir) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    return Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
  }

  private static PublishedResult paper(Task task) throws IOException {
    return PublishedResults.read(Experiments.home().resolve("golden")).get(task.paperRow());
  }
}
