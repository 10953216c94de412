package org.rdrop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the chained line segments of an SVG drawn by VectorGraphics2D into polylines. XChart draws a series
 * as one {@code <line>} element a segment, about 220 bytes each with its style repeated; a polyline holds the
 * same points in a tenth of that. Only runs of segments with the same style, each starting where the one before
 * ended, are joined; everything else is left as it is.
 */
final class SvgPolylines {
  private static final Pattern LINE = Pattern.compile(
      "(\\s*)<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>");

  private SvgPolylines() {}

  static String join(String svg) {
    StringBuilder out = new StringBuilder(svg.length() / 4);
    Run run = null;
    for (String line : svg.split("\n", -1)) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        String style = m.group(2);
        String start = m.group(3) + "," + m.group(5);
        String end = m.group(4) + "," + m.group(6);
        if (run != null && run.style.equals(style) && run.last().equals(start)) {
          run.points.add(end);
          continue;
        }
        flush(run, out);
        run = new Run(line, m.group(1), style, new ArrayList<>(List.of(start, end)));
        continue;
      }
      flush(run, out);
      run = null;
      out.append(line).append('\n');
    }
    flush(run, out);
    // split(-1) gave a last empty piece for a trailing newline, or the text after the last one.
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static void flush(Run run, StringBuilder out) {
    if (run == null) {
      return;
    }
    if (run.points.size() == 2) {
      out.append(run.original).append('\n');
      return;
    }
    // Round joins: a miter join would draw spikes where a noisy curve turns sharply; separate segments had
    // their caps there instead.
    out.append(run.indent).append("<polyline points=\"").append(String.join(" ", run.points))
        .append("\" style=\"").append(run.style).append(run.style.endsWith(";") ? "" : ";")
        .append("stroke-linejoin:round;\"/>\n");
  }

  private record Run(String original, String indent, String style, List<String> points) {
    String last() {
      return points.get(points.size() - 1);
    }
  }
}
