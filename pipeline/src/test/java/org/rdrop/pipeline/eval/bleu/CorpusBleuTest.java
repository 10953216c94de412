package org.rdrop.pipeline.eval.bleu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

class CorpusBleuTest {

  private static BleuCases.Case conformanceCase(String name) {
    return BleuCases.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void beamResultEqualsInMemoryResultOnAConformanceCase() {
    BleuCases.Case c = conformanceCase("bible-es-b-two-refs"); // 400 sentences, 2 references
    BleuScore inMemory = new Bleu(c.options()).corpusScore(c.hypotheses(), c.references());
    assertThat(inMemory.score()).isCloseTo(c.score(), within(1e-9));

    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    PCollection<BleuScore> score = p
        .apply(Create.of(BleuSegment.of(c.hypotheses(), c.references())).withCoder(BleuCoders.Segment.of()))
        .apply(CorpusBleu.of(c.options()));
    PAssert.thatSingleton(score).isEqualTo(inMemory);
    p.run().waitUntilFinish();
  }

  @Test
  void codersRoundTrip() throws IOException {
    BleuSegment s = new BleuSegment(7, "hyp é", Arrays.asList("ref one", null, ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BleuCoders.Segment.of().encode(s, out);
    assertThat(BleuCoders.Segment.of().decode(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(s);
    BleuStats st = BleuStats.of(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1L << 40});
    out.reset();
    BleuCoders.Stats.of().encode(st, out);
    assertThat(BleuCoders.Stats.of().decode(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(st);
  }
}
