package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;

/**
 * Patience, the best checkpoint and checkpoint averaging on a run that overfits: two training batches
 * of the reversal task without dropout, validated every 5 updates on other sentences. Its validation
 * loss falls to a minimum at update 55 and rises after it (with one dip at 70 that is still worse than
 * the best), so patience 3 must stop at 70.
 */
class ConvergenceTest {
  static final int VOCAB = 24;
  static final int PATIENCE = 3;
  @TempDir static Path data;
  static Path train;
  static Path valid;
  static Path whole;
  @TempDir Path dir;

  static TrainConfig overfitting(int maxUpdates, TrainConfig.Convergence convergence) {
    TrainConfig c = TestData.tinyConfig(maxUpdates, 5);
    var r = c.regularization();
    return c.withRegularization(new TrainConfig.Regularization(0.0, 0, 0, 0.0, r.alpha(), 2, 1, null, "kl"))
        .withConvergence(convergence);
  }

  static final TrainConfig BEST = overfitting(120, new TrainConfig.Convergence(PATIENCE, "loss", "best", 0));

  static TrainResult run(TrainConfig c, Path out, boolean resume, long stopAfter) throws IOException {
    return Trainer.run(TrainOptions.builder().batches(train).valid(valid).config(c.forMethod(Method.BASELINE))
        .method(Method.BASELINE).vocabSize(VOCAB).out(out).resume(resume).stopAfter(stopAfter).build());
  }

  @BeforeAll
  static void trainOnce() throws IOException {
    train = TestData.writeReversal(data.resolve("train.batches"), 1, 2, 8, 8, VOCAB);
    valid = TestData.writeReversal(data.resolve("valid.batches"), 2, 2, 16, 8, VOCAB);
    whole = data.resolve("whole");
    run(BEST, whole, false, 0);
  }

  /** The update at which patience P stops, read off a validation log by fairseq's rule. */
  static long stopByRule(List<Curve.ValidRow> rows, int patience) {
    double best = Double.POSITIVE_INFINITY;
    int since = 0;
    for (Curve.ValidRow r : rows) {
      if (r.loss() < best) {
        best = r.loss();
        since = 0;
      } else if (++since == patience) {
        return r.step();
      }
    }
    return -1;
  }

  static JsonNode summary(Path run) throws IOException {
    return new ObjectMapper().readTree(run.resolve("summary.json").toFile());
  }

  @Test
  void patienceStopsAtTheThirdValidationWithoutImprovementAndKeepsTheBestCheckpoint() throws IOException {
    List<Curve.ValidRow> rows = Curve.readValid(whole.resolve("valid.tsv"));
    long stop = stopByRule(rows, PATIENCE);
    long best = rows.stream().min(java.util.Comparator.comparingDouble(Curve.ValidRow::loss)).orElseThrow().step();
    // The run really overfits (so the test tests something) and stops before the cap of 120.
    assertThat(best).isEqualTo(55);
    assertThat(stop).isEqualTo(70);
    assertThat(rows).extracting(Curve.ValidRow::step).last().isEqualTo(stop);
    assertThat(Curve.read(whole.resolve("curve.tsv"))).hasSize((int) stop);

    JsonNode v = summary(whole).get("convergence");
    assertThat(summary(whole).get("updates").asLong()).isEqualTo(stop);
    assertThat(v.get("stopped_by").asText()).isEqualTo("patience");
    assertThat(v.get("best_update").asLong()).isEqualTo(best);
    assertThat(v.get("validations_since_best").asInt()).isEqualTo(PATIENCE);
    assertThat(v.get("final_model").asText()).isEqualTo("best");

    // model.params holds the best checkpoint's parameters, kept past pruning beside the newest two.
    CheckpointStore store = new CheckpointStore(whole.resolve("checkpoints"));
    assertThat(store.listUpdates()).containsExactly(55L, 65L, 70L);
    ParamsFile.Tensors params = ParamsFile.read(whole.resolve("model.params"));
    LinkedHashMap<String, float[]> bestParams = store.read(55).params();
    assertThat(params.values().keySet()).containsExactlyElementsOf(bestParams.keySet());
    bestParams.forEach((name, values) -> assertThat(params.values().get(name)).as(name).isEqualTo(values));
    String first = bestParams.keySet().iterator().next();
    assertThat(params.values().get(first)).isNotEqualTo(store.read(70).params().get(first));
  }

  @Test
  void aRunInterruptedMidPatienceResumesToTheSameResult() throws IOException {
    Path out = dir.resolve("resumed");
    // Interrupted at 62: after the first validation without improvement (60), checkpoint 60 the newest.
    TrainResult first = run(BEST, out, false, 62);
    assertThat(first.completed()).isFalse();
    TrainResult second = run(BEST, out, true, 0);
    assertThat(second.completed()).isTrue();
    assertThat(second.session().steps()).isEqualTo(10);
    for (String f : List.of("curve.tsv", "valid.tsv", "dropout-kl.tsv", "model.params", "summary.json")) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
    }
    assertThat(new CheckpointStore(out.resolve("checkpoints")).listUpdates()).containsExactly(55L, 65L, 70L);
  }

  @Test
  void killedAfterThePatienceRanOutResumingOnlyFinishes() throws IOException {
    Path out = dir.resolve("killed");
    run(BEST, out, false, 70); // stopped as if killed right after checkpoint 70, before finishing
    assertThat(out.resolve("summary.json")).doesNotExist();
    TrainResult r = run(BEST, out, true, 0);
    assertThat(r.session().steps()).isZero();
    assertThat(Files.readAllBytes(out.resolve("model.params"))).isEqualTo(Files.readAllBytes(whole.resolve("model.params")));
  }

  @Test
  void averageIsTheMeanOfTheNewestCheckpoints() throws IOException {
    Path out = dir.resolve("avg");
    run(overfitting(20, new TrainConfig.Convergence(0, "loss", "average", 3)), out, false, 0);
    CheckpointStore store = new CheckpointStore(out.resolve("checkpoints"));
    assertThat(store.listUpdates()).containsExactly(10L, 15L, 20L);
    assertThat(summary(out).get("convergence").get("final_model_updates").toString()).isEqualTo("[10,15,20]");
    ParamsFile.Tensors params = ParamsFile.read(out.resolve("model.params"));
    List<LinkedHashMap<String, float[]>> kept = new ArrayList<>();
    for (long u : store.listUpdates()) {
      kept.add(store.read(u).params());
    }
    kept.get(0).forEach((name, a) -> {
      float[] b = kept.get(1).get(name);
      float[] c = kept.get(2).get(name);
      float[] mean = params.values().get(name);
      for (int i = 0; i < a.length; i++) {
        assertThat(mean[i]).as(name + "[" + i + "]").isEqualTo((float) (((double) a[i] + b[i] + c[i]) / 3));
      }
    });
  }

  @Test
  void offTrainsToTheCapAndKeepsTheLastParameters() throws IOException {
    Path out = dir.resolve("off");
    TrainResult r = run(overfitting(20, TrainConfig.Convergence.OFF), out, false, 0);
    assertThat(r.updates()).isEqualTo(20);
    JsonNode v = summary(out).get("convergence");
    assertThat(v.get("stopped_by").asText()).isEqualTo("max_updates");
    assertThat(v.get("final_model").asText()).isEqualTo("last");
    assertThat(new CheckpointStore(out.resolve("checkpoints")).listUpdates()).containsExactly(15L, 20L);
    var last = new CheckpointStore(out.resolve("checkpoints")).read(20).params();
    var params = ParamsFile.read(out.resolve("model.params")).values();
    last.forEach((name, values) -> assertThat(params.get(name)).as(name).isEqualTo(values));
  }

  @Test
  void patienceWithoutValidationDataIsAnError() {
    assertThatThrownBy(() -> Trainer.run(TrainOptions.builder().batches(train).config(BEST).method(Method.RDROP)
            .vocabSize(VOCAB).out(dir.resolve("x")).build()))
        .hasMessageContaining("needs validation data");
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
