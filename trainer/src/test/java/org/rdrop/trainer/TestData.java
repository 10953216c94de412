package org.rdrop.trainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.Specials;
import org.rdrop.random.KeyedRandom;

/** Small synthetic translation data and smoke-sized configs for tests. */
public final class TestData {
  private TestData() {}

  /**
   * A learnable toy task: the target is the source reversed. Sources have 2..{@code maxLen} tokens from
   * ids 4..vocab-1 followed by eos; batches of {@code perBatch} examples.
   */
  public static List<List<Example>> reversal(long seed, int batches, int perBatch, int maxLen, int vocab) {
    KeyedRandom r = KeyedRandom.of(seed, "test-data");
    List<List<Example>> out = new ArrayList<>();
    long id = 0;
    for (int b = 0; b < batches; b++) {
      List<Example> batch = new ArrayList<>();
      for (int i = 0; i < perBatch; i++, id++) {
        int len = 2 + r.nextInt(id, 0, maxLen - 1);
        int[] src = new int[len + 1];
        int[] tgt = new int[len + 1];
        for (int t = 0; t < len; t++) {
          src[t] = Specials.COUNT + r.nextInt(id, 1 + t, vocab - Specials.COUNT);
        }
        for (int t = 0; t < len; t++) {
          tgt[t] = src[len - 1 - t];
        }
        src[len] = Specials.EOS;
        tgt[len] = Specials.EOS;
        batch.add(new Example(id, src, tgt));
      }
      out.add(batch);
    }
    return out;
  }

  /** Writes {@code config} as an experiment file's {@code train:} section. */
  public static Path writeConfig(Path file, TrainConfig config) throws IOException {
    var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    yaml.writeValue(file.toFile(), java.util.Map.of("train", config));
    return file;
  }

  public static Path writeReversal(Path file, long seed, int batches, int perBatch, int maxLen, int vocab)
      throws IOException {
    BatchFile.write(file, reversal(seed, batches, perBatch, maxLen, vocab));
    return file;
  }

  /**
   * A tiny Transformer config (d 32, 1+1 layers) that trains in seconds. One intra-op thread: tiny
   * tensors gain nothing from two, and OpenMP's spinning threads crawl when the machine is shared.
   */
  public static TrainConfig tinyConfig(int maxUpdates, int checkpointEvery) {
    return new TrainConfig(
        new TrainConfig.Model("transformer", 32, 64, 2, 1, 1, true, 64),
        new TrainConfig.Optimizer("adam", List.of(0.9, 0.98), 1e-8, 3e-3, 1e-4, 0.0),
        new TrainConfig.Schedule("inverse_sqrt", 10, 1e-7, maxUpdates, 0),
        new TrainConfig.Regularization(0.1, 0.0, 0.0, 0.1, 5.0, 2, 1, null, "kl"),
        64,
        1,
        "cpu",
        checkpointEvery,
        TrainConfig.Convergence.OFF);
  }
}
