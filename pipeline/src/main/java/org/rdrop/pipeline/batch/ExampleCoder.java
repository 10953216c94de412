package org.rdrop.pipeline.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.rdrop.trainer.data.Example;

/** A compact, deterministic coder for the trainer's {@link Example} (ids as var-ints). */
public final class ExampleCoder extends AtomicCoder<Example> {
  private static final ExampleCoder INSTANCE = new ExampleCoder();
  private static final VarLongCoder ID = VarLongCoder.of();
  private static final VarIntCoder INT = VarIntCoder.of();

  private ExampleCoder() {}

  public static ExampleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Example e, OutputStream out) throws IOException {
    ID.encode(e.id(), out);
    encodeIds(e.source(), out);
    encodeIds(e.target(), out);
  }

  @Override
  public Example decode(InputStream in) throws IOException {
    return new Example(ID.decode(in), decodeIds(in), decodeIds(in));
  }

  private static void encodeIds(int[] ids, OutputStream out) throws IOException {
    INT.encode(ids.length, out);
    for (int id : ids) {
      INT.encode(id, out);
    }
  }

  private static int[] decodeIds(InputStream in) throws IOException {
    int[] ids = new int[INT.decode(in)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = INT.decode(in);
    }
    return ids;
  }

  @Override
  public void verifyDeterministic() {}
}
