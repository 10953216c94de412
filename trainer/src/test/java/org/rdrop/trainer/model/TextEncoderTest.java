package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.random.KeyedRandom;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.RegressionTarget;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.evaluate.TeacherForced;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.Trainer;

/** The sentence classifier and regressor learn toy tasks, deterministically, and reject wrong targets. */
class TextEncoderTest {
  static final int VOCAB = 16; // 4 specials + ids 4..15
  @TempDir Path dir;

  /**
   * Sentences {@code <s> w1 .. wn </s>} of 2-6 words from ids 6..15: a sentence is class 1 (id 5) when it holds
   * the word 6, else class 0 (id 4); its value is the number of words 6 and 7 in it.
   */
  static List<List<Example>> sentences(long seed, int batches, int perBatch, boolean regression) {
    KeyedRandom r = KeyedRandom.of(seed, "sentences");
    List<List<Example>> out = new ArrayList<>();
    long id = 0;
    for (int b = 0; b < batches; b++) {
      List<Example> batch = new ArrayList<>();
      for (int i = 0; i < perBatch; i++, id++) {
        int n = 2 + r.nextInt(id, 0, 5);
        int[] src = new int[n + 2];
        src[0] = 0;
        src[n + 1] = 2;
        int count = 0;
        boolean six = false;
        for (int k = 1; k <= n; k++) {
          src[k] = 6 + r.nextInt(id, k, 10);
          six |= src[k] == 6;
          count += src[k] <= 7 ? 1 : 0;
        }
        int[] target = regression ? RegressionTarget.ids(count) : new int[] {six ? 5 : 4};
        batch.add(new Example(id, src, target));
      }
      out.add(batch);
    }
    return out;
  }

  static TrainConfig config(String arch, int updates) {
    boolean regression = arch.equals(TrainConfig.TEXT_REGRESSOR);
    return new TrainConfig(
        new TrainConfig.Model(arch, 32, 64, 2, 1, 0, false, 16, null, null, null, regression ? null : 2),
        new TrainConfig.Optimizer("adam", List.of(0.9, 0.98), 1e-8, 3e-3, 0.0, 0.0),
        new TrainConfig.Schedule("inverse_sqrt", 10, 1e-7, updates, 0),
        new TrainConfig.Regularization(0.1, 0.0, 0.0, 0.0, 1.0, 2, 1, null, regression ? "mse" : "kl"),
        3, 1, "cpu", updates, TrainConfig.Convergence.OFF);
  }

  private Path train(String arch, String out, int updates) throws IOException {
    Path batches = dir.resolve(arch + ".batches");
    if (!Files.exists(batches)) {
      BatchFile.write(batches, sentences(1, 8, 32, arch.equals(TrainConfig.TEXT_REGRESSOR)));
    }
    var r = Trainer.run(TrainOptions.builder().batches(batches).config(config(arch, updates)).method(Method.RDROP)
        .vocabSize(VOCAB).out(dir.resolve(out)).build());
    assertThat(r.completed()).isTrue();
    return dir.resolve(out);
  }

  @Test
  void classifierLearnsAndIsBitReproducible() throws IOException {
    Path a = train(TrainConfig.TEXT_CLASSIFIER, "a", 80);
    Path b = train(TrainConfig.TEXT_CLASSIFIER, "b", 80);
    assertThat(Files.readAllBytes(a.resolve("model.params"))).isEqualTo(Files.readAllBytes(b.resolve("model.params")));
    assertThat(Files.readString(a.resolve("curve.tsv"))).isEqualTo(Files.readString(b.resolve("curve.tsv")));

    List<Example> test = sentences(2, 1, 100, false).get(0);
    List<TeacherForced.Prediction> p = predictions(TrainConfig.TEXT_CLASSIFIER, a,
        (model, m) -> TeacherForced.classify(model, m, List.of(test)));
    assertThat(p.stream().filter(TeacherForced.Prediction::correct).count()).as("correct of 100").isGreaterThanOrEqualTo(85);
  }

  @Test
  void regressorLearnsACount() throws IOException {
    Path a = train(TrainConfig.TEXT_REGRESSOR, "r", 120);
    List<Example> test = sentences(2, 1, 100, true).get(0);
    List<TeacherForced.Estimate> e = predictions(TrainConfig.TEXT_REGRESSOR, a,
        (model, m) -> TeacherForced.regress(model, m, List.of(test)));
    double se = 0;
    double variance = 0;
    double mean = e.stream().mapToDouble(TeacherForced.Estimate::target).average().orElseThrow();
    for (TeacherForced.Estimate x : e) {
      se += (x.predicted() - x.target()) * (x.predicted() - x.target());
      variance += (x.target() - mean) * (x.target() - mean);
    }
    assertThat(se / variance).as("squared error relative to the targets' variance").isLessThan(0.3);
  }

  @Test
  void aClassIdOutsideTheClassesIsRejectedNamingTheExample() throws IOException {
    Path batches = dir.resolve("bad.batches");
    BatchFile.write(batches, List.of(List.of(new Example(7, new int[] {0, 6, 2}, new int[] {6}))));
    assertThatThrownBy(() -> Trainer.run(TrainOptions.builder().batches(batches)
            .config(config(TrainConfig.TEXT_CLASSIFIER, 2)).method(Method.RDROP).vocabSize(VOCAB)
            .out(dir.resolve("bad")).build()))
        .hasMessageContaining("example 7")
        .hasMessageContaining("not a class id of 2 classes");
  }

  @Test
  void theRegressorNeedsTheMseConsistency() {
    TrainConfig kl = config(TrainConfig.TEXT_REGRESSOR, 2);
    var r = kl.regularization();
    TrainConfig bad = kl.withRegularization(new TrainConfig.Regularization(r.dropout(), r.attentionDropout(),
        r.activationDropout(), r.labelSmoothing(), r.alpha(), r.passes(), r.every(), null, "kl"));
    assertThatThrownBy(bad::validate).hasMessageContaining("train.regularization.consistency");
  }

  @Test
  void djlsForwardGivesTheLogitsOfTheSameBatch() {
    EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager();
        TextEncoder model = (TextEncoder) Models.create(config(TrainConfig.TEXT_CLASSIFIER, 1).model(), VOCAB);
        NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      model.initialize(m, 5, null);
      PaddedBatch batch = PaddedBatch.of(sentences(2, 1, 3, false).get(0));
      NDArray ids = m.create(Arrays.stream(batch.source()).asLongStream().toArray(),
          new Shape(batch.rows(), batch.sourceLen()));
      NDArray viaDjl = model.forward(new ParameterStore(m, false), new NDList(ids), false).singletonOrThrow();
      NDArray direct = model.logits(DropoutContext.inference(), m, batch);
      assertThat(viaDjl.getShape()).isEqualTo(direct.getShape());
      assertThat(viaDjl.toFloatArray()).containsExactly(direct.toFloatArray());
    }
  }

  interface Predict<T> {
    List<T> apply(TextEncoder model, NDManager manager);
  }

  private static <T> List<T> predictions(String arch, Path run, Predict<T> predict) throws IOException {
    EngineSetup.start(1);
    ParamsFile.Tensors trained = ParamsFile.read(run.resolve("model.params"));
    try (NDManager m = NDManager.newBaseManager();
        TextEncoder model = (TextEncoder) Models.create(config(arch, 1).model(), VOCAB)) {
      model.initialize(m, 3, trained.values());
      return predict.apply(model, m);
    }
  }
}
