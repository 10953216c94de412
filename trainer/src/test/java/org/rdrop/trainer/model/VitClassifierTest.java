package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.Trainer;

class VitClassifierTest {
  static final int SIZE = 8;
  static final int CLASSES = 6; // ids 4 and 5 after the 4 specials
  @TempDir Path dir;

  /**
   * 8x8 grey images: class 4 is bright with a dark bar, class 5 dark with a bright bar, at random
   * rows; pixel noise on top.
   */
  static List<List<Example>> images(long seed, int batches, int perBatch) {
    KeyedRandom r = KeyedRandom.of(seed, "images");
    List<List<Example>> out = new ArrayList<>();
    long id = 0;
    for (int b = 0; b < batches; b++) {
      List<Example> batch = new ArrayList<>();
      for (int i = 0; i < perBatch; i++, id++) {
        int label = 4 + r.nextInt(id, 0, 2);
        int[] px = new int[SIZE * SIZE];
        int bar = r.nextInt(id, 0, SIZE);
        for (int y = 0; y < SIZE; y++) {
          for (int x = 0; x < SIZE; x++) {
            boolean bright = (y == bar) != (label == 4);
            px[y * SIZE + x] = (bright ? 150 : 40) + r.nextInt(id, 1 + y * SIZE + x, 100);
          }
        }
        batch.add(new Example(id, px, new int[] {label}));
      }
      out.add(batch);
    }
    return out;
  }

  static TrainConfig config(int updates) {
    return new TrainConfig(
        new TrainConfig.Model("vit", 16, 32, 2, 2, 0, false, 0, SIZE, 4, 1),
        new TrainConfig.Optimizer("adam", List.of(0.9, 0.98), 1e-8, 3e-3, 0.0, 0.0),
        new TrainConfig.Schedule("inverse_sqrt", 10, 1e-7, updates, 0),
        new TrainConfig.Regularization(0.1, 0.0, 0.0, 0.0, 0.6, 2, 1, null, "kl"),
        7, 1, "cpu", updates, TrainConfig.Convergence.OFF);
  }

  @Test
  void rdropTrainingLearnsToClassify() throws IOException {
    Path train = dir.resolve("train.batches");
    BatchFile.write(train, images(1, 10, 16));
    var r = Trainer.run(TrainOptions.builder().batches(train).config(config(40)).method(Method.RDROP).vocabSize(CLASSES)
        .out(dir.resolve("run")).build());
    assertThat(r.completed()).isTrue();

    EngineSetup.start(1);
    ParamsFile.Tensors trained = ParamsFile.read(dir.resolve("run/model.params"));
    List<Example> test = images(2, 1, 64).get(0);
    try (NDManager m = NDManager.newBaseManager();
        VitClassifier vit = (VitClassifier) Models.create(config(60).model(), CLASSES);
        NDScope s = new NDScope()) {
      s.suppressNotUsedWarning();
      vit.initialize(m, 7, trained.values());
      NDArray logits = vit.logits(DropoutContext.inference(), m, PaddedBatch.of(test));
      assertThat(logits.getShape().getShape()).containsExactly(64, 1, CLASSES);
      long[] predicted = logits.argMax(2).toLongArray();
      int correct = 0;
      for (int i = 0; i < test.size(); i++) {
        correct += predicted[i] == test.get(i).target()[0] ? 1 : 0;
      }
      assertThat(correct).as("correct of 64").isGreaterThanOrEqualTo(58);
    }
  }

  @Test
  void patchesAreRowMajorAndScaled() {
    try (VitClassifier vit = new VitClassifier(CLASSES, 16, 32, 2, 1, 4, 2, 1)) {
      int[] px = new int[16];
      for (int i = 0; i < 16; i++) {
        px[i] = i * 10;
      }
      float[] p = vit.patches(PaddedBatch.of(List.of(new Example(0, px, new int[] {4}))), 1);
      // Patch 0 is pixels (0,0),(0,1),(1,0),(1,1) = 0, 10, 40, 50; patch 1 starts at (0,2) = 20;
      // values map to x / 127.5 - 1.
      assertThat(p[0]).isEqualTo(-1f);
      assertThat(p[1]).isEqualTo(10 / 127.5f - 1);
      assertThat(p[2]).isEqualTo(40 / 127.5f - 1);
      assertThat(p[3]).isEqualTo(50 / 127.5f - 1);
      assertThat(p[4]).isEqualTo(20 / 127.5f - 1);
    }
  }

  @Test
  void wrongImageSizeIsRejectedNamingTheExample() throws IOException {
    Path train = dir.resolve("bad.batches");
    BatchFile.write(train, List.of(List.of(new Example(9, new int[10], new int[] {4}))));
    assertThatThrownBy(() -> Trainer.run(
            TrainOptions.builder().batches(train).config(config(2)).method(Method.RDROP).vocabSize(CLASSES)
                .out(dir.resolve("r")).build()))
        .hasMessageContaining("example 9")
        .hasMessageContaining("64 pixel values");
  }
}
