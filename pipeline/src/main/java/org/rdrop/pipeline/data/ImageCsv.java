package org.rdrop.pipeline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.trainer.data.Specials;

/**
 * Parses image CSV lines: {@code pixels} comma-separated integer pixel values 0..{@code pixelMax}
 * (row-major), then the class 0..{@code classes - 1}; no header, no quoting, no spaces. Each line becomes
 * a labelled image: pixels rescaled to 0..255 as round(v * 255 / pixelMax) (the model's pixel range), and
 * the class as the label dictionary's id {@code 4 + class} (ids 0..3 are fairseq's specials). A bad value
 * is an error naming {@code file:line:column} (column: 1-based character position of the field) and the
 * field number.
 */
public final class ImageCsv implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int pixels;
  private final int pixelMax;
  private final int classes;

  public ImageCsv(int pixels, int pixelMax, int classes) {
    this.pixels = pixels;
    this.pixelMax = pixelMax;
    this.classes = classes;
  }

  /** One labelled image: its 1-based line, pixel values 0..255, and its class (0-based). */
  public record Image(long line, int[] pixels, int label) {
    /** The label dictionary's id of the class. */
    public int classId() {
      return Specials.COUNT + label;
    }
  }

  /** Every line of {@code file}, validated (UTF-8 and NUL checks as for text corpora). */
  public List<Image> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CorpusFormatException(file + ": corpus file not found");
    }
    List<Image> out = new ArrayList<>();
    try (StrictLineReader r = new StrictLineReader(file)) {
      for (String line; (line = r.next()) != null; ) {
        out.add(parse(file.toString(), r.lineNumber(), line));
      }
    }
    return out;
  }

  /** One line; {@code where} names the file in errors. */
  public Image parse(String where, long lineNumber, String line) {
    int[] values = new int[pixels];
    int label = -1;
    int field = 0;
    int start = 0;
    while (true) {
      int comma = line.indexOf(',', start);
      int end = comma < 0 ? line.length() : comma;
      field++;
      if (field > pixels + 1) {
        throw error(where, lineNumber, start, field, "more than the " + (pixels + 1) + " fields of a line ("
            + pixels + " pixels and the class)");
      }
      boolean isLabel = field == pixels + 1;
      int max = isLabel ? classes - 1 : pixelMax;
      int v = integer(line.substring(start, end), max, where, lineNumber, start, field, isLabel);
      if (isLabel) {
        label = v;
      } else {
        values[field - 1] = (int) Math.round(v * 255.0 / pixelMax);
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    if (field != pixels + 1) {
      throw error(where, lineNumber, line.length(), field, "the line has " + field + " fields, expected "
          + (pixels + 1) + " (" + pixels + " pixels and the class)");
    }
    return new Image(lineNumber, values, label);
  }

  private static int integer(String text, int max, String where, long line, int start, int field, boolean isLabel) {
    String what = isLabel ? "class" : "pixel value";
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw error(where, line, start, field, what + " '" + text + "' is not a plain integer 0.." + max);
    }
    int v = Integer.parseInt(text);
    if (v > max) {
      throw error(where, line, start, field, what + " " + v + " is outside 0.." + max);
    }
    return v;
  }

  private static CorpusFormatException error(String where, long line, int start, int field, String what) {
    return new CorpusFormatException(where + ":" + line + ":" + (start + 1) + ": field " + field + ": " + what);
  }
}
