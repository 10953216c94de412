package org.rdrop.pipeline.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Report;
import org.rdrop.config.ExperimentTask;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * What rdrop reproduces, one kind of experiment at a time: an experiment file's {@code task} names one.
 * A task says how its corpus is prepared, how both trained models are evaluated on the test set, how
 * {@code rdrop check} re-derives those numbers from the run's files, and which published row of the paper
 * its report is shown beside. Preparing, training, recording and reporting are the same for every task.
 *
 * <p>Each task is one package under this one ({@code task.lm}, ...): its implementation of this interface, its
 * name and the rules of its experiment sections ({@link ExperimentTask}), with its preparation and evaluation
 * beside it. {@code META-INF/services/org.rdrop.pipeline.task.Task} lists them, in the order the documentation
 * does; {@link Tasks} reads it. Not sealed: outside a named module, permitted classes would have to live in
 * this package, and the services file is the one list of tasks (docs/tasks.md).
 */
public interface Task extends ExperimentTask {
  /** The corpus files, the Beam stages and the manifest stages of preparing this task's data. */
  Preparation preparation();

  /** The id of the published result ({@code golden/paper/published.json}) shown beside the metrics. */
  String paperRow();

  /** Evaluates both trained models on the test set, recording the evaluation's stages; the metric rows. */
  List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options) throws IOException;

  /**
   * The metric rows from the files evaluation left in the run, without a model or a pipeline, and any
   * evaluation file re-derived on the way (for a comparison with the disk).
   */
  Rederived rederive(Path runDir, PublishedResult paper) throws IOException;

  /**
   * The per-item statistics behind each tested metric row of an evaluated run (the rows with a p-value),
   * read from the run's evaluation files: what a test over several runs of one experiment (its seeds)
   * resamples. Rows without a test (tokenized BLEU) have none.
   */
  List<ItemScores> itemScores(Path runDir) throws IOException;

  /**
   * @param metrics the metric rows, as {@link #evaluate} returned them
   * @param files evaluation files computed again from their inputs: path in the run directory to content
   */
  record Rederived(List<Report.Metric> metrics, SortedMap<String, String> files) {}
}
