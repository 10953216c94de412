package org.rdrop.pipeline.text.vocab;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Builds the joined dictionary from segmented training lines (both languages): tokens are counted in
 * parallel, the counts gathered to one worker and ordered as fairseq does ({@link Dictionary#build}),
 * so neither element order nor bundling can change the result.
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
    int t = threshold;
    int pf = paddingFactor;
    return lines
        .apply("SplitTokens", FlatMapElements.into(TypeDescriptors.strings()).via(FairseqTokens::split))
        .apply("CountTokens", Count.perElement())
        .apply("GatherCounts", Combine.globally(new GatherCounts()))
        .apply(
            "OrderAsFairseq",
            MapElements.into(TypeDescriptor.of(Dictionary.class))
                .via((TreeMap<String, Long> counts) -> Dictionary.build(counts, t, pf)))
        .setCoder(SerializableCoder.of(Dictionary.class));
  }

  /** Merges per-token counts into one sorted map (the accumulator is order-insensitive). */
  static final class GatherCounts
      extends Combine.CombineFn<KV<String, Long>, TreeMap<String, Long>, TreeMap<String, Long>> {
    @Override
    public TreeMap<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public TreeMap<String, Long> addInput(TreeMap<String, Long> acc, KV<String, Long> in) {
      acc.merge(in.getKey(), in.getValue(), Long::sum);
      return acc;
    }

    @Override
    public TreeMap<String, Long> mergeAccumulators(Iterable<TreeMap<String, Long>> accs) {
      TreeMap<String, Long> out = new TreeMap<>();
      for (Map<String, Long> a : accs) {
        a.forEach((k, v) -> out.merge(k, v, Long::sum));
      }
      return out;
    }

    @Override
    public TreeMap<String, Long> extractOutput(TreeMap<String, Long> acc) {
      return acc;
    }
  }
}
