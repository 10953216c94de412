package org.rdrop.pipeline.text.bpe;

import org.rdrop.testkit.junit.Conformance;
import org.rdrop.pipeline.data.SentencePairCoder;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.text.bpe.BpeCodes;

class ApplyBpeTest {

  private static List<KV<Integer, String>> numberedLines(String text) {
    List<KV<Integer, String>> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    // The files end with a newline: the last split field is empty and not a line.
    for (int i = 0; i < lines.length - 1; i++) {
      out.add(KV.of(i, lines[i]));
    }
    return out;
  }

  @Test
  void segmentsLikeApplyBpeWithCodesAsSideInput() {
    BpeCodes codes = BpeCodes.parse(Conformance.text("bpe", "codes.2000"), "codes.2000", -1);
    List<KV<Integer, String>> input = numberedLines(Conformance.text("bpe", "apply-input.es"));
    input.addAll(shift(numberedLines(Conformance.text("bpe", "edge-input.txt")), 100_000));
    List<KV<Integer, String>> expected = numberedLines(Conformance.text("bpe", "apply-expected.es"));
    expected.addAll(shift(numberedLines(Conformance.text("bpe", "edge-expected.txt")), 100_000));

    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionView<BpeCodes> view =
        p.apply("Codes", Create.of(codes).withCoder(SerializableCoder.of(BpeCodes.class)))
            .apply(View.asSingleton());
    PCollection<KV<Integer, String>> out =
        p.apply("Lines", Create.of(input).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
            .apply(ApplyBpe.withCodes(view));
    PAssert.that(out).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  void segmentsBothSidesOfSentencePairs() {
    // Codes: (a, b</w>) then (x, y); hand-segmented expectations.
    BpeCodes codes = BpeCodes.parse("#version: 0.2\na b</w>\nx y\n", "test", -1);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollectionView<BpeCodes> view =
        p.apply("Codes", Create.of(codes).withCoder(SerializableCoder.of(BpeCodes.class)))
            .apply(View.asSingleton());
    PCollection<SentencePair> out =
        p.apply("Pairs", Create.of(List.of(new SentencePair(1, "ab xyz", "cab"), new SentencePair(2, "xy", "q")))
                .withCoder(SentencePairCoder.of()))
            .apply(ApplyBpe.toPairs(view));
    PAssert.that(out)
        .containsInAnyOrder(
            new SentencePair(1, "ab xy@@ z", "c@@ ab"), new SentencePair(2, "x@@ y", "q"));
    p.run().waitUntilFinish();
  }

  private static List<KV<Integer, String>> shift(List<KV<Integer, String>> lines, int by) {
    List<KV<Integer, String>> out = new ArrayList<>();
    for (KV<Integer, String> kv : lines) {
      out.add(KV.of(kv.getKey() + by, kv.getValue()));
    }
    return out;
  }
}
