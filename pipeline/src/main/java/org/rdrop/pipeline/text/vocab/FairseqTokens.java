package org.rdrop.pipeline.text.vocab;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into tokens as fairseq's {@code tokenize_line}: on Python's Unicode whitespace. */
public final class FairseqTokens {
  private FairseqTokens() {}

  public static List<String> split(String line) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); i++) {
      if (isPythonSpace(line.charAt(i))) {
        if (start >= 0) {
          tokens.add(line.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      tokens.add(line.substring(start));
    }
    return tokens;
  }

  /** Python's {@code str.isspace}: Java's whitespace plus the no-break spaces and NEL (all BMP). */
  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F;
  }
}
