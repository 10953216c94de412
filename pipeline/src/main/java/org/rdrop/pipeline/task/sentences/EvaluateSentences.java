package org.rdrop.pipeline.task.sentences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.PaperRows;
import org.rdrop.pipeline.eval.PredictTestSet;
import org.rdrop.pipeline.eval.TsvRows;
import org.rdrop.pipeline.eval.EvaluateClassifier;
import org.rdrop.pipeline.prepare.LmLayout;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.evaluate.TeacherForced;

/**
 * GLUE's test-set metrics of baseline and R-Drop ({@link GlueMetrics}), each with a paired bootstrap 95% interval
 * and p-value over the test items (1000 resamples, seed 12345, as the other tasks). Classification: every test
 * example classified without dropout ({@link EvaluateClassifier#predict}, {@code predictions.test.tsv} with
 * 0-based classes); rows accuracy, F1 of the second label (two classes) and Matthews correlation. Regression:
 * every example's output without dropout in {@code <method>/predictions.test.tsv} ({@code line predicted
 * target}, the float32 values as Java prints them), recorded in stage {@code evaluate-<method>-test}; rows Pearson
 * and Spearman correlation.
 */
public final class EvaluateSentences {
  public static final String SPLIT = EvaluateClassifier.SPLIT;
  static final String REGRESSION_HEADER = "line\tpredicted\ttarget";

  private EvaluateSentences() {}

  /** One metric row: its id, its label and how its items are made from the predictions. */
  private record Row(String id, String label, String detail, BootstrapInterval.Metric metric, double[][] baseline,
      double[][] rdrop) {}

  public static List<Report.Metric> classification(Path runDir, PublishedResult paper) throws IOException {
    EvaluateClassifier.predict(runDir, "sentences");
    return classificationMetrics(runDir, paper);
  }

  public static List<Report.Metric> regression(Path runDir, PublishedResult paper) throws IOException {
    PredictTestSet.run(runDir, new LmLayout(runDir).batches(SPLIT), SPLIT, new PredictTestSet.Predictions<>(
        TeacherForced::regress, TeacherForced.Estimate::id, EvaluateSentences::regressionTsv,
        rows -> new TreeMap<>(Map.of("sentences", (long) rows.size()))));
    return regressionMetrics(runDir, paper);
  }

  /** The classification rows from both methods' predictions files (what {@code rdrop check} re-derives). */
  public static List<Report.Metric> classificationMetrics(Path runDir, PublishedResult paper) throws IOException {
    return metrics(classificationRows(runDir), paper);
  }

  /** The regression rows from both methods' predictions files (what {@code rdrop check} re-derives). */
  public static List<Report.Metric> regressionMetrics(Path runDir, PublishedResult paper) throws IOException {
    return metrics(regressionRows(runDir), paper);
  }

  /** Each tested row's items, for a test over seeds and items. */
  public static List<ItemScores> itemScores(Path runDir, boolean regression) throws IOException {
    List<ItemScores> out = new ArrayList<>();
    for (Row r : regression ? regressionRows(runDir) : classificationRows(runDir)) {
      out.add(new ItemScores(r.id(), "test sentences", r.metric(), r.baseline(), r.rdrop()));
    }
    return out;
  }

  private static List<Row> classificationRows(Path runDir) throws IOException {
    int classes = config(runDir).sentences().labels().size();
    List<int[][]> pa = new ArrayList<>(); // per method: predicted, actual (0-based)
    List<Long> ids = null;
    for (Method m : Method.BOTH) {
      Path file = EvaluateClassifier.predictionsFile(runDir, m);
      List<TeacherForced.Prediction> p = EvaluateClassifier.readPredictions(file);
      List<Long> these = p.stream().map(TeacherForced.Prediction::id).toList();
      if (ids != null && !ids.equals(these)) {
        throw new IOException(file + ": its sentences are not those of "
            + EvaluateClassifier.predictionsFile(runDir, Method.BASELINE));
      }
      ids = these;
      int[] predicted = new int[p.size()];
      int[] actual = new int[p.size()];
      for (int i = 0; i < predicted.length; i++) {
        predicted[i] = p.get(i).predicted() - Specials.COUNT;
        actual[i] = p.get(i).target() - Specials.COUNT;
        if (predicted[i] < 0 || predicted[i] >= classes || actual[i] < 0 || actual[i] >= classes) {
          throw new IOException(file + ": line " + p.get(i).id() + " has a class outside 0.." + (classes - 1));
        }
      }
      pa.add(new int[][] {predicted, actual});
    }
    int n = ids.size();
    String items = String.format(Locale.ROOT, "%d test sentences", n);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("accuracy", "Accuracy % (test)", items + ", top-1", EvaluateClassifier.ACCURACY_PERCENT,
        accuracyItems(pa.get(0)), accuracyItems(pa.get(1))));
    if (classes == 2) {
      rows.add(new Row("f1", "F1 (test, points)", items + ", positive class: the second label",
          GlueMetrics.F1, GlueMetrics.f1Items(pa.get(0)[0], pa.get(0)[1]), GlueMetrics.f1Items(pa.get(1)[0], pa.get(1)[1])));
    }
    rows.add(new Row("mcc", "Matthews corr. (test, points)", items + ", " + classes + " classes", GlueMetrics.MCC,
        GlueMetrics.mccItems(pa.get(0)[0], pa.get(0)[1], classes), GlueMetrics.mccItems(pa.get(1)[0], pa.get(1)[1], classes)));
    return rows;
  }

  private static double[][] accuracyItems(int[][] predictedActual) {
    double[][] rows = new double[predictedActual[0].length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {predictedActual[0][i] == predictedActual[1][i] ? 1 : 0, 1};
    }
    return rows;
  }

  private static List<Row> regressionRows(Path runDir) throws IOException {
    List<double[][]> xy = new ArrayList<>();
    List<Long> ids = null;
    for (Method m : Method.BOTH) {
      Path file = RunDirectory.of(runDir).method(m).predictions(SPLIT);
      List<TeacherForced.Estimate> e = TsvRows.read(file, REGRESSION_HEADER, f -> new TeacherForced.Estimate(
          Long.parseLong(f[0]), Float.parseFloat(f[1]), Float.parseFloat(f[2])));
      List<Long> these = e.stream().map(TeacherForced.Estimate::id).toList();
      if (ids != null && !ids.equals(these)) {
        throw new IOException(file + ": its sentences are not those of "
            + RunDirectory.of(runDir).method(Method.BASELINE).predictions(SPLIT));
      }
      ids = these;
      xy.add(new double[][] {e.stream().mapToDouble(TeacherForced.Estimate::predicted).toArray(),
          e.stream().mapToDouble(TeacherForced.Estimate::target).toArray()});
    }
    String items = String.format(Locale.ROOT, "%d test sentences", ids.size());
    return List.of(
        new Row("pearson", "Pearson corr. (test, points)", items, GlueMetrics.PEARSON,
            GlueMetrics.pearsonItems(xy.get(0)[0], xy.get(0)[1]), GlueMetrics.pearsonItems(xy.get(1)[0], xy.get(1)[1])),
        new Row("spearman", "Spearman corr. (test, points)", items + "; resamples keep each item's test-set rank",
            GlueMetrics.PEARSON, GlueMetrics.spearmanItems(xy.get(0)[0], xy.get(0)[1]),
            GlueMetrics.spearmanItems(xy.get(1)[0], xy.get(1)[1])));
  }

  private static List<Report.Metric> metrics(List<Row> rows, PublishedResult paper) {
    List<Report.Metric> out = new ArrayList<>();
    for (Row row : rows) {
      PairedItemBootstrap.Result r = PairedItemBootstrap.run(row.baseline(), row.rdrop(), row.metric(),
          EvaluateClassifier.BOOTSTRAP_SAMPLES, EvaluateClassifier.BOOTSTRAP_SEED, "bootstrap/" + row.id());
      out.add(Report.Metric.builder(row.id(), row.label())
          .detail(row.detail())
          .higherIsBetter(true)
          .scores(r.baseline(), pair(r.baselineInterval()), r.rdrop(), pair(r.rdropInterval()))
          .delta(r.delta(), pair(r.deltaInterval()), r.pValue(),
              "paired bootstrap over test sentences, n=" + EvaluateClassifier.BOOTSTRAP_SAMPLES + ", seed "
                  + EvaluateClassifier.BOOTSTRAP_SEED + "; 95% CIs of each score and of the delta (R-Drop minus"
                  + " baseline, points)")
          .paper(PaperRows.paper(paper))
          .build());
    }
    return out;
  }

  private static ExperimentConfig config(Path runDir) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    return Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
  }

  static String regressionTsv(List<TeacherForced.Estimate> estimates) {
    StringBuilder sb = new StringBuilder(REGRESSION_HEADER + "\n");
    for (TeacherForced.Estimate e : estimates) {
      // The values are float32: Float.toString prints the shortest decimal that reads back to the same float.
      sb.append(e.id()).append('\t').append(Float.toString((float) e.predicted())).append('\t')
          .append(Float.toString((float) e.target())).append('\n');
    }
    return sb.toString();
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return List.of(ci.lower(), ci.upper());
  }
}
