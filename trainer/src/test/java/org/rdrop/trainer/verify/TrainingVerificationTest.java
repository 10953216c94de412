package org.rdrop.trainer.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.Trainer;

class TrainingVerificationTest {
  static final int VOCAB = 24;
  @TempDir Path dir;

  private TrainingVerification.Result verify(Path run, Path train, Path valid, String rerun, ByteArrayOutputStream log)
      throws IOException {
    return TrainingVerification.run(new TrainingVerification.Request(run, train, valid, dir.resolve(rerun)),
        new PrintStream(log, true, StandardCharsets.UTF_8), (a, b, name) -> name + " differs");
  }

  @Test
  void everyOutputIsComparedAndARunFromBeforeTheDropoutKlDiagnosticIsStillReproduced() throws IOException {
    Path train = TestData.writeReversal(dir.resolve("train.batches"), 1, 12, 16, 8, VOCAB);
    Path valid = TestData.writeReversal(dir.resolve("valid.batches"), 2, 2, 16, 8, VOCAB);
    Path run = dir.resolve("run");
    Trainer.run(TrainOptions.builder().batches(train).valid(valid).config(TestData.tinyConfig(20, 10).forMethod(Method.RDROP))
        .method(Method.RDROP).vocabSize(VOCAB).out(run).build());

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TrainingVerification.Result r = verify(run, train, valid, "rerun", log);
    assertThat(r.allIdentical()).isTrue();
    assertThat(r.outcomes()).extracting(TrainingVerification.Outcome::file)
        .containsExactly("curve.tsv", "valid.tsv", "dropout-kl.tsv", "model.params");

    // A run trained before the diagnostic existed has no dropout-kl.tsv: not a difference in what it trained.
    Files.delete(run.resolve("dropout-kl.tsv"));
    ByteArrayOutputStream oldLog = new ByteArrayOutputStream();
    TrainingVerification.Result old = verify(run, train, valid, "rerun-old", oldLog);
    assertThat(old.allIdentical()).isTrue();
    assertThat(old.outcomes()).extracting(TrainingVerification.Outcome::file)
        .containsExactly("curve.tsv", "valid.tsv", "model.params");
    assertThat(oldLog.toString(StandardCharsets.UTF_8))
        .contains("verify: dropout-kl.tsv: the run has none (trained before the diagnostic), not compared");
  }
}
