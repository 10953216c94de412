package org.rdrop.pipeline.text.bpe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.rdrop.format.AtomicFiles;
import org.rdrop.text.bpe.BpeCodes;
import org.rdrop.text.bpe.BpeLearner;
import org.rdrop.text.bpe.WordCounter;

/**
 * Learns joint BPE codes from tokenized lines (all languages in one collection): the words of
 * each line are counted like learn_bpe.py counts them, the partial counts of the workers are
 * combined, and one worker learns from the full table. The output holds exactly one {@link BpeCodes}
 * (header-only for empty input), the same whatever the order or bundling of the lines.
 */
public final class LearnJointBpe extends PTransform<PCollection<String>, PCollection<BpeCodes>> {

  private static final long serialVersionUID = 1L;

  private final BpeLearner learner;

  private LearnJointBpe(BpeLearner learner) {
    this.learner = learner;
  }

  /** Learns {@code symbols} merges with learn_bpe.py's other defaults. */
  public static LearnJointBpe withSymbols(int symbols) {
    return new LearnJointBpe(BpeLearner.withSymbols(symbols));
  }

  /** learn_bpe.py {@code -s merges --min-frequency minFrequency}. */
  public static LearnJointBpe of(int merges, long minFrequency) {
    return new LearnJointBpe(new BpeLearner(merges, minFrequency, false));
  }

  /** Learns with the given settings. */
  public static LearnJointBpe with(BpeLearner learner) {
    return new LearnJointBpe(learner);
  }

  /** Writes learned codes as a codes file, atomically (temporary name in the same directory, then rename). */
  public static void write(BpeCodes codes, Path file) throws IOException {
    AtomicFiles.write(file, codes.toFileText().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public PCollection<BpeCodes> expand(PCollection<String> lines) {
    // One Combine over the lines: runners lift it, so each worker counts the words of its
    // bundles into a partial table and only the tables travel to the one worker that merges
    // them and learns. (Count.perElement first would shuffle every distinct word as its own key,
    // which the direct runner handles very slowly.)
    return lines
        .apply("CountWordsAndLearn", Combine.globally(new CountAndLearnFn(learner)))
        .setCoder(SerializableCoder.of(BpeCodes.class));
  }

  /**
   * Accumulates word counts of lines (a map: order-free, so bundling cannot change it) and learns
   * from the full table at the end.
   */
  static final class CountAndLearnFn extends Combine.CombineFn<String, Map<String, Long>, BpeCodes> {
    private static final long serialVersionUID = 1L;

    private final BpeLearner learner;

    CountAndLearnFn(BpeLearner learner) {
      this.learner = learner;
    }

    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> acc, String line) {
      WordCounter.forEachWord(line, w -> acc.merge(w, 1L, Long::sum));
      return acc;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accs) {
      Map<String, Long> out = new HashMap<>();
      for (Map<String, Long> acc : accs) {
        acc.forEach((w, c) -> out.merge(w, c, Long::sum));
      }
      return out;
    }

    @Override
    public BpeCodes extractOutput(Map<String, Long> acc) {
      return learner.learn(acc);
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(
        CoderRegistry registry, Coder<String> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<BpeCodes> getDefaultOutputCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return SerializableCoder.of(BpeCodes.class);
    }
  }
}
