package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgPolylinesTest {
  private static final String RED = "fill:none;stroke:rgb(214,39,40);stroke-width:2;";
  private static final String GREY = "fill:none;stroke:rgb(130,130,130);";

  private static String line(String style, String x1, String y1, String x2, String y2) {
    return "    <line style=\"" + style + "\" x1=\"" + x1 + "\" x2=\"" + x2 + "\" y1=\"" + y1 + "\" y2=\"" + y2 + "\"/>";
  }

  @Test
  void chainedSegmentsOfOneStyleBecomeOnePolylineAndTheRestStaysAsItIs() {
    String svg = String.join("\n",
        "<svg>",
        line(GREY, "0", "0", "3", "0"), // an axis tick: alone
        line(RED, "1", "5", "2", "4"),
        line(RED, "2", "4", "3", "6"),
        line(RED, "3", "6", "4", "1"),
        line(RED, "9", "9", "10", "8"), // starts elsewhere: a new run of one
        line(GREY, "10", "8", "11", "7"), // continues, but in another style
        "    <path d=\"M0,0\"/>",
        line(RED, "4", "1", "5", "2"), // after another element: not joined with the run above
        "</svg>");
    assertThat(SvgPolylines.join(svg)).isEqualTo(String.join("\n",
        "<svg>",
        line(GREY, "0", "0", "3", "0"),
        "    <polyline points=\"1,5 2,4 3,6 4,1\" style=\"" + RED + "stroke-linejoin:round;\"/>",
        line(RED, "9", "9", "10", "8"),
        line(GREY, "10", "8", "11", "7"),
        "    <path d=\"M0,0\"/>",
        line(RED, "4", "1", "5", "2"),
        "</svg>"));
  }

  @Test
  void everySegmentIsDrawnOnceWhateverTheRuns() {
    Random r = new Random(7);
    List<String> lines = new ArrayList<>();
    List<String> segments = new ArrayList<>();
    int x = 0;
    int y = 0;
    for (int i = 0; i < 2_000; i++) {
      String style = r.nextInt(10) == 0 ? GREY : RED;
      if (r.nextInt(8) == 0) {
        x = r.nextInt(100); // a jump: the chain breaks
      }
      int nx = x + 1;
      int ny = r.nextInt(50);
      lines.add(line(style, Integer.toString(x), Integer.toString(y), Integer.toString(nx), Integer.toString(ny)));
      segments.add(style + " " + x + "," + y + " " + nx + "," + ny);
      x = nx;
      y = ny;
    }
    String joined = SvgPolylines.join(String.join("\n", lines) + "\n");

    assertThat(joined).endsWith("\n");
    assertThat(segmentsOf(joined)).isEqualTo(segments);
    assertThat(joined.length()).isLessThan(String.join("\n", lines).length() / 2);
  }

  /** The segments an SVG draws, in order: each line's, and each polyline's consecutive pairs of points. */
  static List<String> segmentsOf(String svg) {
    Pattern line = Pattern.compile("<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>");
    Pattern poly = Pattern.compile("<polyline points=\"([^\"]*)\" style=\"([^\"]*)stroke-linejoin:round;\"/>");
    List<String> out = new ArrayList<>();
    for (String l : svg.split("\n")) {
      Matcher m = line.matcher(l);
      if (m.find()) {
        out.add(m.group(1) + " " + m.group(2) + "," + m.group(4) + " " + m.group(3) + "," + m.group(5));
        continue;
      }
      Matcher p = poly.matcher(l);
      if (p.find()) {
        String[] points = p.group(1).split(" ");
        for (int i = 1; i < points.length; i++) {
          out.add(p.group(2) + " " + points[i - 1] + " " + points[i]);
        }
      }
    }
    return out;
  }
}
