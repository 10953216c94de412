package org.rdrop.pipeline.eval.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.pipeline.eval.EvaluationRecords;
import org.rdrop.pipeline.eval.significance.BootstrapInterval;
import org.rdrop.pipeline.eval.significance.ConfidenceInterval;
import org.rdrop.pipeline.eval.significance.PairedItemBootstrap;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.prepare.images.ImageLayout;
import org.rdrop.pipeline.report.ReportData;
import org.rdrop.testkit.format.AtomicFiles;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.format.RunArtifacts;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.evaluate.TeacherForced;
import org.rdrop.trainer.loop.Method;

/**
 * Test accuracy (%) of baseline and R-Drop classifiers: every image of {@code data/test.batches} is
 * classified without dropout (the highest-scoring output; {@link TeacherForced#classify}), the delta gets a
 * paired bootstrap 95% interval and p-value over the test images. Each method's predictions go to
 * {@code <method>/predictions.test.tsv} ({@code line predicted target}, classes 0-based, sorted by line),
 * recorded in stage {@code evaluate-<method>-test}.
 */
public final class EvaluateClassifier {
  public static final String SPLIT = "test";
  public static final int BOOTSTRAP_SAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 12345;
  static final String PURPOSE = "bootstrap/accuracy";
  /** Accuracy in percent from items [correct, 1]. */
  public static final BootstrapInterval.Metric ACCURACY_PERCENT = s -> 100 * s[0] / s[1];

  private EvaluateClassifier() {}

  public static List<ReportData.Metric> run(Path runDir, PublishedResult paper) throws IOException {
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    RunManifest manifest = ManifestJson.read(manifestFile);
    Path batches = new ImageLayout(runDir).batches(SPLIT);
    RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, batches, "preparation", "");
    List<List<TeacherForced.Prediction>> predictions = new ArrayList<>();
    for (Method m : List.of(Method.BASELINE, Method.RDROP)) {
      Path dir = runDir.resolve(m.label());
      for (String f : List.of("model.params", "run.json")) {
        RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, dir.resolve(f), "training", "");
      }
      try (TrainedModel trained = TrainedModel.load(dir)) {
        List<TeacherForced.Prediction> p = new ArrayList<>(TeacherForced.classify(trained, batches));
        p.sort(Comparator.comparingLong(TeacherForced.Prediction::id));
        predictions.add(p);
        Path out = dir.resolve("predictions." + SPLIT + ".tsv");
        AtomicFiles.writeString(out, predictionsTsv(p));
        SortedMap<String, Object> params = new TreeMap<>();
        params.put("threads", trained.config().threads());
        params.put("params_sha256", trained.paramsSha256());
        SortedMap<String, Long> stats = new TreeMap<>();
        stats.put("images", (long) p.size());
        stats.put("correct", p.stream().filter(TeacherForced.Prediction::correct).count());
        EvaluationRecords.recordStage(runDir, "evaluate-" + m.label() + "-" + SPLIT, params, stats, List.of(out));
      }
    }
    PairedItemBootstrap.Result r = PairedItemBootstrap.run(rows(predictions.get(0)), rows(predictions.get(1)),
        ACCURACY_PERCENT, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED, PURPOSE);
    return List.of(new ReportData.Metric(
        "accuracy", "Accuracy % (test)",
        String.format(Locale.ROOT, "%d test images, top-1", predictions.get(0).size()),
        true, r.baseline(), pair(r.baselineInterval()), r.rdrop(), pair(r.rdropInterval()), r.delta(),
        pair(r.deltaInterval()), r.pValue(),
        "paired bootstrap over test images, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
            + "; 95% CIs of each score and of the delta (R-Drop minus baseline, points)",
        EvaluationRecords.paper(paper)));
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
    StringBuilder sb = new StringBuilder("line\tpredicted\ttarget\n");
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
