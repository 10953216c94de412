package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.trainer.decode.TrainedModel;

/**
 * Both trained models run over a split's batches without dropout, their heads' outputs rather than a decoding
 * (classification of images and sentences, regression): each method's rows, sorted by line, in {@code
 * <method>/predictions.<split>.tsv}, recorded in stage {@code evaluate-<method>-<split>} with the batches and the
 * model (both checked against the manifest first) as inputs.
 */
public final class PredictTestSet {
  /** How a model predicts every example of a batches file (in any order). */
  public interface Predictor<T> {
    List<T> predict(TrainedModel model, Path batches) throws IOException;
  }

  /**
   * What a task predicts of each example, and how the rows are written and counted.
   *
   * @param line a row's line in the corpus: the file's order
   * @param tsv the predictions file's text
   * @param statistics the stage's statistics
   */
  public record Predictions<T>(Predictor<T> predictor, ToLongFunction<T> line, Function<List<T>, String> tsv,
      Function<List<T>, SortedMap<String, Long>> statistics) {}

  private PredictTestSet() {}

  public static <T> void run(Path runDir, Path batches, String split, Predictions<T> predictions) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    RunManifest manifest = ManifestJson.read(manifestFile);
    RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, batches, "preparation", "");
    for (Method m : Method.BOTH) {
      MethodDirectory dir = RunDirectory.of(runDir).method(m);
      for (Path f : dir.model()) {
        RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "training", "");
      }
      try (TrainedModel trained = TrainedModel.load(dir.root())) {
        List<T> rows = new ArrayList<>(predictions.predictor().predict(trained, batches));
        rows.sort(Comparator.comparingLong(predictions.line()));
        Path out = dir.predictions(split);
        AtomicFiles.writeString(out, predictions.tsv().apply(rows));
        SortedMap<String, Object> params = new TreeMap<>();
        params.put("threads", trained.config().threads());
        params.put("params_sha256", trained.paramsSha256());
        RunDirectory.of(runDir).record(new StageRecord(StageName.evaluate(m, split), params,
            predictions.statistics().apply(rows), Stream.concat(Stream.of(batches), dir.model().stream()).toList(),
            List.of(StageRecord.Output.of(out))));
      }
    }
  }
}
