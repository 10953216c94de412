package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.evaluate.TeacherForced;

/**
 * Test accuracy (%) of baseline and R-Drop classifiers: every image of {@code data/test.batches} is
 * classified without dropout (the highest-scoring output; {@link TeacherForced#classify}), the delta gets a
 * paired bootstrap 95% interval and p-value over the test images. Each method's predictions go to
 * {@code <method>/predictions.test.tsv} ({@code line predicted target}, classes 0-based, sorted by line),
 * recorded in stage {@code evaluate-<method>-test}.
 *
 * <p>Shared by two tasks, hence here and not in a task's package: image classification reports this row
 * ({@link #run}); the sentence tasks classify the same way ({@link #predict}) and read the predictions back.
 */
public final class EvaluateClassifier {
  public static final String SPLIT = "test";
  public static final int BOOTSTRAP_SAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 12345;
  static final String PURPOSE = "bootstrap/accuracy";
  /** Accuracy in percent from items [correct, 1]. */
  public static final BootstrapInterval.Metric ACCURACY_PERCENT = s -> 100 * s[0] / s[1];

  private EvaluateClassifier() {}

  public static List<Report.Metric> run(Path runDir, PublishedResult paper) throws IOException {
    predict(runDir, "images");
    return metrics(runDir, paper);
  }

  /**
   * Classifies {@code data/test.batches} with both trained models (any classifier: vit, text_classifier), writes
   * each method's {@code predictions.test.tsv} and records its stage; {@code items} names the examples in the
   * stage's statistics ({@code images}, {@code sentences}).
   */
  public static void predict(Path runDir, String items) throws IOException {
    PredictTestSet.run(runDir, RunDirectory.of(runDir).data().batches(SPLIT), SPLIT, new PredictTestSet.Predictions<>(
        TeacherForced::classify, TeacherForced.Prediction::id, EvaluateClassifier::predictionsTsv, rows -> {
          SortedMap<String, Long> stats = new TreeMap<>();
          stats.put(items, (long) rows.size());
          stats.put("correct", rows.stream().filter(TeacherForced.Prediction::correct).count());
          return stats;
        }));
  }

  public static Path predictionsFile(Path runDir, Method m) {
    return RunDirectory.of(runDir).method(m).predictions(SPLIT);
  }

  /**
   * The accuracy row from both methods' {@code predictions.test.tsv}: what {@link #run} reports, and what
   * {@code rdrop check} re-derives from the run's files without a model.
   */
  public static List<Report.Metric> metrics(Path runDir, PublishedResult paper) throws IOException {
    List<List<TeacherForced.Prediction>> predictions = new ArrayList<>();
    for (Method m : Method.BOTH) {
      predictions.add(readPredictions(predictionsFile(runDir, m)));
    }
    List<Long> baseIds = predictions.get(0).stream().map(TeacherForced.Prediction::id).toList();
    if (!baseIds.equals(predictions.get(1).stream().map(TeacherForced.Prediction::id).toList())) {
      throw new IOException(predictionsFile(runDir, Method.RDROP) + ": its images are not those of "
          + predictionsFile(runDir, Method.BASELINE));
    }
    PairedItemBootstrap.Result r = PairedItemBootstrap.run(rows(predictions.get(0)), rows(predictions.get(1)),
        ACCURACY_PERCENT, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED, PURPOSE);
    return List.of(Report.Metric.builder("accuracy", "Accuracy % (test)")
        .detail(String.format(Locale.ROOT, "%d test images, top-1", predictions.get(0).size()))
        .higherIsBetter(true)
        .scores(r.baseline(), pair(r.baselineInterval()), r.rdrop(), pair(r.rdropInterval()))
        .delta(r.delta(), pair(r.deltaInterval()), r.pValue(),
            "paired bootstrap over test images, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
                + "; 95% CIs of each score and of the delta (R-Drop minus baseline, points)")
        .paper(PaperRows.paper(paper))
        .build());
  }

  /** The accuracy row's items: each test image's [correct, 1] in both methods' predictions. */
  public static List<ItemScores> itemScores(Path runDir) throws IOException {
    List<List<TeacherForced.Prediction>> predictions = new ArrayList<>();
    for (Method m : Method.BOTH) {
      predictions.add(readPredictions(predictionsFile(runDir, m)));
    }
    return List.of(new ItemScores("accuracy", "test images", ACCURACY_PERCENT, rows(predictions.get(0)),
        rows(predictions.get(1))));
  }

  static final String HEADER = "line\tpredicted\ttarget";

  /** Reads {@link #predictionsTsv}'s format back (classes in the file are 0-based). */
  public static List<TeacherForced.Prediction> readPredictions(Path file) throws IOException {
    return TsvRows.read(file, HEADER, f -> new TeacherForced.Prediction(Long.parseLong(f[0]),
        Integer.parseInt(f[1]) + Specials.COUNT, Integer.parseInt(f[2]) + Specials.COUNT));
  }

  /** Per image (in the given order): [1 if correct else 0, 1]. */
  public static double[][] rows(List<TeacherForced.Prediction> predictions) {
    double[][] rows = new double[predictions.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {predictions.get(i).correct() ? 1 : 0, 1};
    }
    return rows;
  }

  static String predictionsTsv(List<TeacherForced.Prediction> predictions) {
    StringBuilder sb = new StringBuilder(HEADER + "\n");
    for (TeacherForced.Prediction p : predictions) {
      sb.append(p.id()).append('\t').append(p.predicted() - Specials.COUNT).append('\t')
          .append(p.target() - Specials.COUNT).append('\n');
    }
    return sb.toString();
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return List.of(ci.lower(), ci.upper());
  }
}
