package org.rdrop.pipeline.text.bpe;

import org.rdrop.testkit.junit.Conformance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.junit.jupiter.api.Test;
import org.rdrop.text.bpe.BpeCodes;

class LearnJointBpeTest {

  private static List<String> trainLines() {
    List<String> lines = new ArrayList<>(Arrays.asList(Conformance.text("bpe", "train.es").split("\n")));
    // Shuffled: the result must not depend on element order.
    Collections.shuffle(lines, new Random(42));
    return lines;
  }

  @Test
  void beamPathLearnsTheReferenceCodesFromTrainEs() {
    BpeCodes expected = BpeCodes.parse(Conformance.text("bpe", "codes.2000"), "codes.2000", -1);
    List<String> lines = trainLines();
    // Two halves flattened: "joint" input from several collections.
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollection<String> a =
        p.apply("A", Create.of(lines.subList(0, 1500)).withCoder(StringUtf8Coder.of()));
    PCollection<String> b =
        p.apply("B", Create.of(lines.subList(1500, lines.size())).withCoder(StringUtf8Coder.of()));
    PCollection<BpeCodes> codes =
        PCollectionList.of(a).and(b).apply(Flatten.pCollections())
            .apply(LearnJointBpe.withSymbols(2000));
    PAssert.thatSingleton(codes)
        .satisfies(
            c -> {
              assertThat(c.toFileText()).isEqualTo(Conformance.text("bpe", "codes.2000"));
              assertThat(c).isEqualTo(expected);
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void emptyInputGivesHeaderOnlyCodes() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollection<BpeCodes> codes =
        p.apply(Create.empty(StringUtf8Coder.of())).apply(LearnJointBpe.withSymbols(10));
    PAssert.thatSingleton(codes)
        .satisfies(
            c -> {
              assertThat(c.toFileText()).isEqualTo("#version: 0.2\n");
              return null;
            });
    p.run().waitUntilFinish();
  }
}
