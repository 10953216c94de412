package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;
import org.rdrop.format.Sha256;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.config.TrainConfig;

class TrainerTest {
  static final int VOCAB = 24;
  @TempDir static Path data;
  static Path train;
  static Path valid;
  @TempDir Path dir;

  @BeforeAll
  static void writeData() throws IOException {
    train = TestData.writeReversal(data.resolve("train.batches"), 1, 12, 16, 8, VOCAB);
    valid = TestData.writeReversal(data.resolve("valid.batches"), 2, 2, 16, 8, VOCAB);
  }

  static TrainResult run(TrainConfig c, Method m, Path out, boolean resume, long stopAfter) throws IOException {
    return Trainer.run(TrainOptions.builder().batches(train).valid(valid).config(c.forMethod(m)).method(m).vocabSize(VOCAB)
        .out(out).resume(resume).stopAfter(stopAfter).build());
  }

  static List<String[]> rows(Path curve) throws IOException {
    return Files.readAllLines(curve).stream().skip(1).map(l -> l.split("\t")).collect(Collectors.toList());
  }

  @Test
  void rdropTrainingLearnsAndWritesTheRunDirectory() throws IOException {
    Path out = dir.resolve("run");
    TrainResult r = run(TestData.tinyConfig(60, 20), Method.RDROP, out, false, 0);
    assertThat(r.completed()).isTrue();
    assertThat(r.updates()).isEqualTo(60);
    assertThat(out.resolve("curve.tsv")).exists();
    assertThat(out.resolve("curve.tsv.partial")).doesNotExist();
    assertThat(out.resolve("run.json")).exists();
    assertThat(out.resolve("summary.json")).content().contains(r.paramsSha256());
    assertThat(Sha256.of(out.resolve("model.params"))).isEqualTo(r.paramsSha256());
    assertThat(new CheckpointStore(out.resolve("checkpoints")).listUpdates()).containsExactly(40L, 60L);

    List<String[]> curve = rows(out.resolve("curve.tsv"));
    assertThat(curve).hasSize(60);
    assertThat(curve).allSatisfy(row -> assertThat(row[2]).isEqualTo("2"));
    double firstNll = mean(curve.subList(0, 5), 7);
    double lastNll = mean(curve.subList(50, 60), 7);
    assertThat(lastNll).isLessThan(firstNll - 0.5);
    assertThat(mean(curve.subList(50, 60), 8)).as("kl").isGreaterThan(0);

    List<String[]> v = rows(out.resolve("valid.tsv"));
    assertThat(v).extracting(x -> x[0]).containsExactly("20", "40", "60");
    assertThat(Double.parseDouble(v.get(2)[4])).isLessThan(Double.parseDouble(v.get(0)[4]));
  }

  private static double mean(List<String[]> rows, int col) {
    return rows.stream().mapToDouble(r -> Double.parseDouble(r[col])).average().orElseThrow();
  }

  @Test
  void languageModelTrainsOnTheTargetSide() throws IOException {
    TrainConfig c = TestData.tinyConfig(40, 40);
    TrainConfig lm = new TrainConfig(new TrainConfig.Model("transformer_lm", 32, 64, 2, 0, 2, true, 64),
        c.optimizer(), c.schedule(), c.regularization(), c.seed(), c.threads(), c.device(), c.checkpointEvery(), c.convergence());
    run(lm, Method.RDROP, dir.resolve("lm"), false, 0);
    List<String[]> curve = rows(dir.resolve("lm/curve.tsv"));
    assertThat(mean(curve.subList(30, 40), 7)).isLessThan(mean(curve.subList(0, 5), 7) - 0.3);
    assertThat(Files.readString(dir.resolve("lm/run.json"))).contains("\"arch\" : \"transformer_lm\"");
  }

  @Test
  void bitsColumnsHoldTheExactValues() throws IOException {
    Path out = dir.resolve("run");
    run(TestData.tinyConfig(5, 5), Method.RDROP, out, false, 0);
    List<String> lines = Files.readAllLines(out.resolve("curve.tsv"));
    assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(Curve.CURVE_HEADER);
    for (String[] row : rows(out.resolve("curve.tsv"))) {
      for (String col : List.of("lr", "loss", "nll", "kl", "grad_norm")) {
        double printed = Double.parseDouble(row[Curve.CURVE_HEADER.indexOf(col)]);
        double exact = Curve.fromBits(row[Curve.CURVE_HEADER.indexOf(col + "_bits")]);
        assertThat(exact).as(col).isCloseTo(printed, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(printed))));
      }
    }
  }

  @Test
  void twoRunsAreBitIdentical() throws IOException {
    TrainConfig c = TestData.tinyConfig(25, 10);
    TrainResult a = run(c, Method.RDROP, dir.resolve("a"), false, 0);
    TrainResult b = run(c, Method.RDROP, dir.resolve("b"), false, 0);
    assertThat(Files.readAllBytes(dir.resolve("b/curve.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/curve.tsv")));
    assertThat(b.paramsSha256()).isEqualTo(a.paramsSha256());
    assertThat(b.identity()).isEqualTo(a.identity());
  }

  @Test
  void interruptedRunResumesBitIdentically() throws IOException {
    TrainConfig c = TestData.tinyConfig(25, 5);
    TrainResult whole = run(c, Method.RDROP, dir.resolve("whole"), false, 0);

    Path out = dir.resolve("resumed");
    TrainResult first = run(c, Method.RDROP, out, false, 13);
    assertThat(first.completed()).isFalse();
    // Stopped after 13 updates: the curve holds 13 rows, the newest checkpoint is at 10.
    assertThat(rows(out.resolve("curve.tsv.partial"))).hasSize(13);
    assertThat(new CheckpointStore(out.resolve("checkpoints")).listUpdates()).containsExactly(5L, 10L);

    // The dropout KL log holds the validations at 5 and 10; a row written after the checkpoint and half a
    // line (as a kill can leave them) are dropped on resuming.
    Path kl = out.resolve("dropout-kl.tsv.partial");
    assertThat(rows(kl)).extracting(x -> x[0]).containsExactly("5", "10");
    Files.writeString(kl, "15\t99\t0.500000\t3fe0000000000000\n20\t9", java.nio.file.StandardOpenOption.APPEND);
    TrainResult second = run(c, Method.RDROP, out, true, 0);
    assertThat(second.session().steps()).isEqualTo(15);
    // Wall time: one session per process (13 updates, then 15 from checkpoint 10), beside the outputs.
    var timing = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve(TrainTiming.FILE).toFile());
    assertThat(timing.get("sessions").findValuesAsText("steps")).containsExactly("13", "15");
    assertThat(timing.get("sessions").get(1).get("from_update").asLong()).isEqualTo(10);
    assertThat(timing.get("steps").asLong()).isEqualTo(28);
    // Split by part: the update steps and each listener's hooks, within the session's seconds.
    for (var session : timing.get("sessions")) {
      var parts = session.get("seconds_by_part");
      assertThat(parts.get("updates").asDouble()).isPositive();
      assertThat(parts.get("validation").asDouble()).isPositive();
      double sum = 0;
      for (var p : parts) {
        sum += p.asDouble();
      }
      assertThat(sum).isLessThanOrEqualTo(session.get("seconds").asDouble());
    }
    assertThat(timing.get("seconds_by_part").get("updates").asDouble()).isEqualTo(
        timing.get("sessions").get(0).get("seconds_by_part").get("updates").asDouble()
            + timing.get("sessions").get(1).get("seconds_by_part").get("updates").asDouble());
    assertThat(timing.get("update_step_seconds").asDouble())
        .isEqualTo(timing.get("seconds_by_part").get("updates").asDouble() / 28);
    assertThat(Files.readString(out.resolve("summary.json"))).doesNotContain("seconds");
    assertThat(Files.readAllBytes(out.resolve("curve.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/curve.tsv")));
    assertThat(Files.readAllBytes(out.resolve("valid.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/valid.tsv")));
    assertThat(Files.readAllBytes(out.resolve("dropout-kl.tsv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/dropout-kl.tsv")));
    assertThat(second.paramsSha256()).isEqualTo(whole.paramsSha256());

    // Resuming a finished run does nothing.
    assertThat(run(c, Method.RDROP, out, true, 0).session().steps()).isZero();

    // Killed while finishing (logs renamed, no summary yet): resuming completes the same files.
    Files.delete(out.resolve("summary.json"));
    Files.delete(out.resolve("model.params"));
    TrainResult again = run(c, Method.RDROP, out, true, 0);
    assertThat(again.session().steps()).isZero();
    assertThat(again.paramsSha256()).isEqualTo(whole.paramsSha256());
    assertThat(Files.readAllBytes(out.resolve("curve.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/curve.tsv")));
    assertThat(Files.readAllBytes(out.resolve("dropout-kl.tsv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/dropout-kl.tsv")));
  }

  @Test
  void baselineDropoutKlIsMeasuredAtEveryValidationWithoutChangingTraining() throws IOException {
    TrainConfig c = TestData.tinyConfig(30, 10);
    Path with = dir.resolve("with");
    TrainResult measured = run(c, Method.BASELINE, with, false, 0);
    List<Curve.ValidRow> validated = Curve.readValid(with.resolve("valid.tsv"));
    List<Curve.DropoutKlRow> kl = Curve.readDropoutKl(with.resolve("dropout-kl.tsv"));
    assertThat(kl).extracting(Curve.DropoutKlRow::step).containsExactly(10L, 20L, 30L);
    // Two validation batches, fewer than the diagnostic's cap: the same target tokens as validation.
    assertThat(kl).extracting(Curve.DropoutKlRow::tokens).containsOnly(validated.get(0).tokens());
    assertThat(kl).allSatisfy(r -> assertThat(r.kl()).as("step %d", r.step()).isGreaterThan(0));
    assertThat(rows(with.resolve("curve.tsv"))).allSatisfy(r -> assertThat(r[8]).as("training kl").isEqualTo("0.000000"));
    assertThat(with.resolve("summary.json")).content()
        .contains("\"dropout_kl_sha256\" : \"" + Sha256.of(with.resolve("dropout-kl.tsv")) + "\"");

    // Trained without validation data (so without the diagnostic): the same updates and parameters.
    Path without = dir.resolve("without");
    TrainResult plain = Trainer.run(TrainOptions.builder().batches(train).config(c.forMethod(Method.BASELINE))
        .method(Method.BASELINE).vocabSize(VOCAB).out(without).build());
    assertThat(without.resolve("dropout-kl.tsv")).doesNotExist();
    assertThat(Files.readAllBytes(without.resolve("curve.tsv"))).isEqualTo(Files.readAllBytes(with.resolve("curve.tsv")));
    assertThat(plain.paramsSha256()).isEqualTo(measured.paramsSha256());
  }

  @Test
  void baselineRunsOnePassAndRDropEveryKAlternates() throws IOException {
    run(TestData.tinyConfig(6, 6), Method.BASELINE, dir.resolve("base"), false, 0);
    assertThat(rows(dir.resolve("base/curve.tsv")))
        .allSatisfy(r -> {
          assertThat(r[2]).isEqualTo("1");
          assertThat(Double.parseDouble(r[8])).isZero();
        });

    TrainConfig c = TestData.tinyConfig(6, 6);
    var r = c.regularization();
    TrainConfig everyTwo = c.withRegularization(new TrainConfig.Regularization(
        r.dropout(), r.attentionDropout(), r.activationDropout(), r.labelSmoothing(), r.alpha(), r.passes(), 2,
        List.of(0.1, 0.3), r.consistency()));
    run(everyTwo, Method.RDROP, dir.resolve("every2"), false, 0);
    assertThat(rows(dir.resolve("every2/curve.tsv"))).extracting(x -> x[2]).containsExactly("2", "1", "2", "1", "2", "1");
  }

  @Test
  void nonFiniteLossStopsNamingTheStepAndKeepsTheLastGoodCheckpoint() throws IOException {
    TrainConfig c = TestData.tinyConfig(30, 1);
    // Adam moves every weight by about lr per update; lr 1e30 overflows the activations within a few steps.
    TrainConfig wild = c.withOptimizer(new TrainConfig.Optimizer("adam", List.of(0.9, 0.98), 1e-8, 1e30, 0, 0))
        .withSchedule(new TrainConfig.Schedule("inverse_sqrt", 1, 1e30, 30, 0));
    Path out = dir.resolve("nan");
    assertThatThrownBy(() -> run(wild, Method.RDROP, out, false, 0))
        .isInstanceOf(NonFiniteLossException.class)
        .satisfies(e -> {
          long step = ((NonFiniteLossException) e).step();
          assertThat(e.getMessage()).contains("at step " + step).contains("checkpoint-" + String.format("%09d", step - 1));
          List<Long> kept = new CheckpointStore(out.resolve("checkpoints")).listUpdates();
          assertThat(kept).last().isEqualTo(step - 1);
        });
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void refusesToOverwriteOrToResumeAChangedRun() throws IOException {
    TrainConfig c = TestData.tinyConfig(4, 2);
    Path out = dir.resolve("run");
    run(c, Method.RDROP, out, false, 3);
    assertThatThrownBy(() -> run(c, Method.RDROP, out, false, 0)).hasMessageContaining("--resume");
    TrainConfig otherSeed = new TrainConfig(c.model(), c.optimizer(), c.schedule(), c.regularization(), 65,
        c.threads(), c.device(), c.checkpointEvery(), c.convergence());
    assertThatThrownBy(() -> run(otherSeed, Method.RDROP, out, true, 0))
        .hasMessageContaining("identity changed")
        .hasMessageContaining("config.seed: 64 -> 65");
  }

  @Test
  void tokenIdsOutsideTheVocabularyAreRejectedWithTheBatch() {
    assertThatThrownBy(() -> Trainer.run(TrainOptions.builder().batches(train).config(TestData.tinyConfig(2, 2))
            .method(Method.RDROP).vocabSize(10).out(dir.resolve("x")).build()))
        .hasMessageContaining(train.toString())
        .hasMessageContaining("outside the vocabulary of 10");
  }
}
