package org.rdrop.trainer.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.format.Method;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.config.TrainConfigLoader;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.decode.DecodeSettings;
import org.rdrop.trainer.decode.Hypothesis;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.decode.TranslationDecoder;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.Trainer;

/**
 * One process of {@link DispatchLevelTest}: trains R-Drop on the given batches, then beam-decodes a fixed
 * set of sources with the trained model and writes their hypotheses (ids) to OUT/hypotheses.txt.
 *
 * <p>Arguments: BATCHES CONFIG OUT VOCAB portable|native
 */
public final class DispatchLevelChild {
  private DispatchLevelChild() {}

  public static void main(String[] args) throws Exception {
    Path batches = Path.of(args[0]);
    TrainConfig config = TrainConfigLoader.load(Path.of(args[1]));
    Path out = Path.of(args[2]);
    int vocab = Integer.parseInt(args[3]);
    Numerics.select(Numerics.Mode.parse(args[4]));
    Trainer.run(TrainOptions.builder().batches(batches).config(config.forMethod(Method.RDROP)).method(Method.RDROP)
        .vocabSize(vocab).out(out).build());
    List<int[]> sources = new ArrayList<>();
    for (Example e : TestData.reversal(7, 1, 8, 5, vocab).get(0)) {
      sources.add(e.source());
    }
    StringBuilder text = new StringBuilder();
    try (TrainedModel trained = TrainedModel.load(out)) {
      for (Hypothesis h : new TranslationDecoder(trained).best(sources, new DecodeSettings(4, 1.0, 4, 1.0))) {
        text.append(Arrays.toString(h.tokens())).append(' ').append(Float.floatToRawIntBits(h.score())).append('\n');
      }
    }
    Files.writeString(out.resolve("hypotheses.txt"), text);
  }
}
