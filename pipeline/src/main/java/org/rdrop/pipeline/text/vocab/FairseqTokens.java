package org.rdrop.pipeline.text.vocab;

import java.util.List;
import org.rdrop.text.PythonStrings;

/** Splits a line into tokens as fairseq's {@code tokenize_line}: on Python's Unicode whitespace. */
public final class FairseqTokens {
  private FairseqTokens() {}

  public static List<String> split(String line) {
    return PythonStrings.split(line);
  }
}
