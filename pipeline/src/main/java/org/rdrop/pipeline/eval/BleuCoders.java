package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.rdrop.bleu.BleuStats;

/** Compact, deterministic Beam coders for the BLEU stage's elements. */
public final class BleuCoders {
  private BleuCoders() {}

  private static final VarLongCoder LONG = VarLongCoder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  /** {@link BleuStats} as 10 var-longs. */
  public static final class Stats extends AtomicCoder<BleuStats> {
    private static final Stats INSTANCE = new Stats();

    public static Stats of() {
      return INSTANCE;
    }

    @Override
    public void encode(BleuStats s, OutputStream out) throws IOException {
      for (int i = 0; i < BleuStats.SIZE; i++) {
        LONG.encode(s.get(i), out);
      }
    }

    @Override
    public BleuStats decode(InputStream in) throws IOException {
      long[] v = new long[BleuStats.SIZE];
      for (int i = 0; i < v.length; i++) {
        v[i] = LONG.decode(in);
      }
      return BleuStats.of(v);
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** {@link BleuSegment}: id, hypothesis, then each reference with a presence flag. */
  public static final class Segment extends AtomicCoder<BleuSegment> {
    private static final Segment INSTANCE = new Segment();

    public static Segment of() {
      return INSTANCE;
    }

    @Override
    public void encode(BleuSegment s, OutputStream out) throws IOException {
      LONG.encode(s.id(), out);
      STRING.encode(s.hypothesis(), out);
      INT.encode(s.references().size(), out);
      for (String r : s.references()) {
        out.write(r == null ? 0 : 1);
        if (r != null) {
          STRING.encode(r, out);
        }
      }
    }

    @Override
    public BleuSegment decode(InputStream in) throws IOException {
      long id = LONG.decode(in);
      String hyp = STRING.decode(in);
      int n = INT.decode(in);
      List<String> refs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int present = in.read();
        if (present < 0) {
          throw new IOException("truncated BleuSegment");
        }
        refs.add(present == 1 ? STRING.decode(in) : null);
      }
      return new BleuSegment(id, hyp, refs);
    }

    @Override
    public void verifyDeterministic() {}
  }
}
