package org.rdrop.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rdrop.trainer.loop.CurveFormat;

/**
 * Compares two trainer logs ({@code curve.tsv}, {@code valid.tsv}) row by row. Bit mode: every cell
 * equal, so every {@code <col>_bits} column too. Tolerance mode (GPU against CPU): integer columns equal,
 * float columns (those with a {@code _bits} twin, read from the bits) within a relative tolerance.
 * Each returns null when the logs agree, else the first difference in words.
 */
final class CurveComparison {
  private CurveComparison() {}

  static String bitDifference(Path expected, Path actual) throws IOException {
    if (Arrays.equals(Files.readAllBytes(expected), Files.readAllBytes(actual))) {
      return null;
    }
    List<String[]> a = rows(expected);
    List<String[]> b = rows(actual);
    String shape = shapeDifference(a, b);
    if (shape != null) {
      return shape;
    }
    String[] header = a.get(0);
    for (int r = 1; r < a.size(); r++) {
      for (int c = 0; c < header.length; c++) {
        if (!a.get(r)[c].equals(b.get(r)[c])) {
          return String.format(Locale.ROOT, "step %s, %s: expected %s, got %s", a.get(r)[0], header[c], a.get(r)[c],
              b.get(r)[c]);
        }
      }
    }
    return "the files differ in bytes but not in cells (line endings?)";
  }

  static String toleranceDifference(Path expected, Path actual, double relativeTolerance) throws IOException {
    List<String[]> a = rows(expected);
    List<String[]> b = rows(actual);
    String shape = shapeDifference(a, b);
    if (shape != null) {
      return shape;
    }
    List<String> header = List.of(a.get(0));
    for (int r = 1; r < a.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        String col = header.get(c);
        if (col.endsWith("_bits")) {
          continue;
        }
        int bits = header.indexOf(col + "_bits");
        if (bits < 0) {
          if (!a.get(r)[c].equals(b.get(r)[c])) {
            return String.format(Locale.ROOT, "step %s, %s: expected %s, got %s", a.get(r)[0], col, a.get(r)[c],
                b.get(r)[c]);
          }
          continue;
        }
        double x = CurveFormat.fromBits(a.get(r)[bits]);
        double y = CurveFormat.fromBits(b.get(r)[bits]);
        double scale = Math.max(Math.abs(x), Math.abs(y));
        if (!(Math.abs(x - y) <= relativeTolerance * scale)) {
          return String.format(Locale.ROOT, "step %s, %s: expected %s, got %s (relative difference %.3g > %.3g)",
              a.get(r)[0], col, x, y, scale == 0 ? 0 : Math.abs(x - y) / scale, relativeTolerance);
        }
      }
    }
    return null;
  }

  private static String shapeDifference(List<String[]> a, List<String[]> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return "a log is empty";
    }
    if (!Arrays.equals(a.get(0), b.get(0))) {
      return "headers differ: " + String.join(",", a.get(0)) + " vs " + String.join(",", b.get(0));
    }
    if (a.size() != b.size()) {
      return "expected " + (a.size() - 1) + " rows, got " + (b.size() - 1);
    }
    for (int r = 0; r < a.size(); r++) {
      if (a.get(r).length != a.get(0).length || b.get(r).length != a.get(0).length) {
        return "row " + r + " has the wrong number of cells";
      }
    }
    return null;
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(l -> l.split("\t", -1)).toList();
  }
}
