package org.rdrop.corpora;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** UTF-8 text files of one record per line, each line ended by '\n'. */
public final class TextLines {
  private TextLines() {}

  public static byte[] encode(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalStateException("a record holds a line break: " + line);
      }
      sb.append(line).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Number of '\n' in a file's bytes. */
  public static long count(byte[] content) {
    long n = 0;
    for (byte b : content) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }
}
