package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rdrop.bleu.BleuStats;

/** The BLEU stage's coders (ScoreTestSet's elements) round-trip. */
class BleuCodersTest {
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
