package org.rdrop.bleu;

import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn like the {@code tabulate} package's {@code fancy_grid} format, which sacreBLEU uses
 * for several systems: box-drawing rules, one space of padding, a header at least 2 wider than its
 * text, cells of several lines, each line aligned on its own. Widths count code points.
 */
final class FancyGrid {
  private FancyGrid() {}

  enum Align {
    RIGHT,
    CENTER
  }

  static String render(List<String> headers, List<List<String>> rows, List<Align> aligns) {
    int cols = headers.size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = length(headers.get(c)) + 2;
      for (List<String> row : rows) {
        for (String line : row.get(c).split("\n", -1)) {
          width[c] = Math.max(width[c], length(line));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    rule(out, width, '╒', '═', '╤', '╕');
    line(out, headers, width, aligns);
    rule(out, width, '╞', '═', '╪', '╡');
    for (int r = 0; r < rows.size(); r++) {
      List<String[]> cells = new ArrayList<>();
      int height = 1;
      for (String cell : rows.get(r)) {
        String[] lines = cell.split("\n", -1);
        cells.add(lines);
        height = Math.max(height, lines.length);
      }
      for (int h = 0; h < height; h++) {
        List<String> parts = new ArrayList<>();
        for (String[] lines : cells) {
          parts.add(h < lines.length ? lines[h] : "");
        }
        line(out, parts, width, aligns);
      }
      if (r < rows.size() - 1) {
        rule(out, width, '├', '─', '┼', '┤');
      }
    }
    rule(out, width, '╘', '═', '╧', '╛');
    out.setLength(out.length() - 1); // no newline after the last rule
    return out.toString();
  }

  private static void rule(StringBuilder out, int[] width, char left, char fill, char mid, char right) {
    out.append(left);
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        out.append(mid);
      }
      out.append(String.valueOf(fill).repeat(width[c] + 2));
    }
    out.append(right).append('\n');
  }

  private static void line(StringBuilder out, List<String> cells, int[] width, List<Align> aligns) {
    out.append('│');
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        out.append('│');
      }
      out.append(' ').append(align(cells.get(c), width[c], aligns.get(c))).append(' ');
    }
    out.append('│').append('\n');
  }

  /** Python's {@code format(s, '>w')} and {@code format(s, '^w')} (extra space to the right). */
  private static String align(String s, int w, Align a) {
    int pad = Math.max(0, w - length(s));
    if (a == Align.RIGHT) {
      return " ".repeat(pad) + s;
    }
    return " ".repeat(pad / 2) + s + " ".repeat(pad - pad / 2);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
