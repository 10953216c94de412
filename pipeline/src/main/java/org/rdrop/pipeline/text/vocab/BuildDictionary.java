package org.rdrop.pipeline.text.vocab;

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

/**
 * Builds the joined dictionary from segmented training lines (both languages). One Combine: each worker
 * counts the tokens of its bundles into a partial table, the tables are merged on one worker and
 * ordered as fairseq does ({@link Dictionary#build}); a map is order-free, so neither element order nor
 * bundling can change the result. (Count.perElement would shuffle every token as its own key, which the
 * direct runner handles very slowly.)
 */
public final class BuildDictionary extends PTransform<PCollection<String>, PCollection<Dictionary>> {
  private final int threshold;
  private final int paddingFactor;

  private BuildDictionary(int threshold, int paddingFactor) {
    this.threshold = threshold;
    this.paddingFactor = paddingFactor;
  }

  public static BuildDictionary withThreshold(int threshold, int paddingFactor) {
    return new BuildDictionary(threshold, paddingFactor);
  }

  @Override
  public PCollection<Dictionary> expand(PCollection<String> lines) {
    return lines
        .apply("CountTokensAndOrder", Combine.globally(new CountTokensFn(threshold, paddingFactor)))
        .setCoder(SerializableCoder.of(Dictionary.class));
  }

  /** Token counts of lines, then the dictionary. */
  static final class CountTokensFn extends Combine.CombineFn<String, Map<String, Long>, Dictionary> {
    private final int threshold;
    private final int paddingFactor;

    CountTokensFn(int threshold, int paddingFactor) {
      this.threshold = threshold;
      this.paddingFactor = paddingFactor;
    }

    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> acc, String line) {
      for (String token : FairseqTokens.split(line)) {
        acc.merge(token, 1L, Long::sum);
      }
      return acc;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accs) {
      Map<String, Long> out = new HashMap<>();
      for (Map<String, Long> a : accs) {
        a.forEach((k, v) -> out.merge(k, v, Long::sum));
      }
      return out;
    }

    @Override
    public Dictionary extractOutput(Map<String, Long> acc) {
      return Dictionary.build(acc, threshold, paddingFactor);
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<String> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }
}
