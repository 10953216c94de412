package org.rdrop.pipeline.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** A compact, deterministic coder for {@link SentencePair} (Java serialization is several times slower). */
public final class SentencePairCoder extends AtomicCoder<SentencePair> {
  private static final SentencePairCoder INSTANCE = new SentencePairCoder();
  private static final VarLongCoder ID = VarLongCoder.of();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();

  private SentencePairCoder() {}

  public static SentencePairCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(SentencePair pair, OutputStream out) throws IOException {
    ID.encode(pair.id(), out);
    TEXT.encode(pair.source(), out);
    TEXT.encode(pair.target(), out);
  }

  @Override
  public SentencePair decode(InputStream in) throws IOException {
    return new SentencePair(ID.decode(in), TEXT.decode(in), TEXT.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
