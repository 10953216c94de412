package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.trainer.TestData;

class TrainerSmokeTest {
  @TempDir Path dir;

  @Test
  void trains() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 12, 16, 8, 24);
    Path valid = TestData.writeReversal(dir.resolve("valid.batches"), 2, 2, 16, 8, 24);
    TrainResult r = Trainer.run(new TrainOptions(batches, valid, TestData.tinyConfig(60, 20), Method.RDROP, 24,
        dir.resolve("run"), false, 0, System.err));
    System.err.println(r);
    List<String> curve = Files.readAllLines(dir.resolve("run/curve.tsv"));
    System.err.println(curve.get(0));
    System.err.println(curve.get(1));
    System.err.println(curve.get(curve.size() - 1));
    System.err.println(Files.readString(dir.resolve("run/valid.tsv")));
    assertThat(r.completed()).isTrue();
  }
}
