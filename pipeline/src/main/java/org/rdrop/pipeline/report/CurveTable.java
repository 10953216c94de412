package org.rdrop.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A TSV log of the trainer ({@code curve.tsv}, {@code valid.tsv}) as columns of doubles, read from the
 * exact {@code <column>_bits} twins where they exist.
 */
public final class CurveTable {
  private final Path file;
  private final List<String> header;
  private final double[][] columns;

  private CurveTable(Path file, List<String> header, double[][] columns) {
    this.file = file;
    this.header = header;
    this.columns = columns;
  }

  public static CurveTable read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(file + ": empty, expected a header line");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    double[][] cols = new double[header.size()][lines.size() - 1];
    for (int r = 1; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      if (cells.length != header.size()) {
        throw new IOException(file + ":" + (r + 1) + ": " + cells.length + " cells, header has " + header.size());
      }
      for (int c = 0; c < cells.length; c++) {
        String name = header.get(c);
        try {
          cols[c][r - 1] = name.endsWith("_bits")
              ? Double.longBitsToDouble(Long.parseUnsignedLong(cells[c], 16))
              : Double.parseDouble(cells[c]);
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + (r + 1) + ": column " + name + ": not a number: " + cells[c]);
        }
      }
    }
    return new CurveTable(file, header, cols);
  }

  public int rows() {
    return columns.length == 0 ? 0 : columns[0].length;
  }

  public boolean has(String column) {
    return header.contains(column);
  }

  /** The column's values, exact (from {@code <column>_bits}) when the file has them. */
  public double[] column(String name) {
    int bits = header.indexOf(name + "_bits");
    int plain = header.indexOf(name);
    int at = bits >= 0 ? bits : plain;
    if (at < 0) {
      throw new IllegalArgumentException(file + ": no column " + name + " (columns: " + header + ")");
    }
    return Arrays.copyOf(columns[at], rows());
  }

  /** Mean of the last {@code window} values of a column (all of them when fewer). */
  public double tailMean(String name, int window) {
    double[] v = column(name);
    int from = Math.max(0, v.length - window);
    double sum = 0;
    for (int i = from; i < v.length; i++) {
      sum += v[i];
    }
    return v.length == from ? Double.NaN : sum / (v.length - from);
  }
}
