package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation outputs written as tab-separated rows under a fixed header (per-block scores,
 * predictions), read back: the header must match, every row has the header's columns, and a row that
 * does not parse is an error naming file and line, never the line's content.
 */
public final class TsvRows {
  private TsvRows() {}

  /** Turns one row's fields into a value; throws IllegalArgumentException (or a subclass) when it cannot. */
  public interface Row<T> {
    T parse(String[] fields);
  }

  public static <T> List<T> read(Path file, String header, Row<T> row) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new IOException(file + ":1: expected the header '" + header.replace('\t', ' ') + "'");
    }
    int columns = header.split("\t", -1).length;
    List<T> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      try {
        if (f.length != columns) {
          throw new IllegalArgumentException("expected " + columns + " columns, found " + f.length);
        }
        out.add(row.parse(f));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    return out;
  }
}
