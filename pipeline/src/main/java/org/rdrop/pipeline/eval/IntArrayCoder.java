package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.VarIntCoder;

/** Token ids as var-ints, length first: a compact, deterministic coder for {@code int[]}. */
public final class IntArrayCoder extends AtomicCoder<int[]> {
  private static final IntArrayCoder INSTANCE = new IntArrayCoder();
  private static final VarIntCoder INT = VarIntCoder.of();

  private IntArrayCoder() {}

  public static IntArrayCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(int[] ids, OutputStream out) throws IOException {
    INT.encode(ids.length, out);
    for (int id : ids) {
      INT.encode(id, out);
    }
  }

  @Override
  public int[] decode(InputStream in) throws IOException {
    int[] ids = new int[INT.decode(in)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = INT.decode(in);
    }
    return ids;
  }

  @Override
  public void verifyDeterministic() {}
}
