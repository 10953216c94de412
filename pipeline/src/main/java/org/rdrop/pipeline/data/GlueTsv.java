package org.rdrop.pipeline.data;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.trainer.data.RegressionTarget;
import org.rdrop.trainer.data.Specials;

/**
 * Reads labelled sentences (or sentence pairs) from GLUE's TSV files: fields separated by tabs, no quoting
 * (GLUE's own readers use none), an optional header line, columns as the experiment's {@code sentences}
 * section gives them. A classification's label is one of {@code labels} and becomes the id {@code 4 + k} of
 * its class k (ids 0..3 are fairseq's specials, as for images); a regression's label is a decimal number, kept as
 * a float32 in the two ids the trainer's regression head reads ({@link RegressionTarget}). Fields beyond the named columns are ignored (GLUE's
 * files carry ids, genres and the annotators' labels). A bad line is an error naming {@code file:line}, the
 * field (1-based) and what it should be; UTF-8 and NUL checks are those of the text corpora.
 */
public final class GlueTsv implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ExperimentConfig.Sentences spec;

  public GlueTsv(ExperimentConfig.Sentences spec) {
    this.spec = spec;
  }

  /**
   * One labelled example.
   *
   * @param line 1-based line in its file (the header is line 1 when there is one): the example's id
   * @param sentence2 null for single sentences
   * @param target the class id (4 + class), or the two ids of a regression value
   */
  public record Row(long line, String sentence1, String sentence2, int[] target) implements Serializable {
    /** A regression row's value. */
    public float value() {
      return RegressionTarget.value(target, 0);
    }
  }

  public boolean regression() {
    return spec.labels() == null;
  }

  /** Every example of {@code file}; a file without one is an error. */
  public List<Row> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CorpusFormatException(file + ": corpus file not found");
    }
    List<Row> out = new ArrayList<>();
    try (StrictLineReader r = new StrictLineReader(file)) {
      for (String line; (line = r.next()) != null; ) {
        if (spec.header() && r.lineNumber() == 1) {
          continue;
        }
        out.add(parse(file.toString(), r.lineNumber(), line));
      }
    }
    if (out.isEmpty()) {
      throw new CorpusFormatException(file + ": no labelled sentences" + (spec.header() ? " after the header" : ""));
    }
    return out;
  }

  /** One line; {@code where} names the file in errors. */
  public Row parse(String where, long lineNumber, String line) {
    String[] fields = line.split("\t", -1);
    String first = sentence(fields, spec.sentence1(), "sentence1", where, lineNumber);
    String second = spec.sentence2() == null ? null : sentence(fields, spec.sentence2(), "sentence2", where, lineNumber);
    String label = field(fields, spec.label(), "label", where, lineNumber).strip();
    return new Row(lineNumber, first, second, regression() ? value(label, where, lineNumber) : classId(label, where, lineNumber));
  }

  private int[] classId(String label, String where, long line) {
    int k = spec.labels().indexOf(label);
    if (k < 0) {
      throw error(where, line, spec.label(), "label", "'" + label + "' is not one of " + spec.labels());
    }
    return new int[] {Specials.COUNT + k};
  }

  /** GLUE's scores are plain decimals; Java's other number forms (hex, exponents, NaN, 1f) are refused. */
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");

  private int[] value(String label, String where, long line) {
    float f = DECIMAL.matcher(label).matches() ? (float) Double.parseDouble(label) : Float.NaN;
    if (!Float.isFinite(f)) {
      throw error(where, line, spec.label(), "label", "'" + label + "' is not a decimal number"
          + (DECIMAL.matcher(label).matches() ? " within float range" : ""));
    }
    return RegressionTarget.ids(f == 0 ? 0f : f); // -0 as 0: one value, one target
  }

  private static String sentence(String[] fields, int column, String name, String where, long line) {
    String s = field(fields, column, name, where, line).strip();
    if (s.isEmpty()) {
      throw error(where, line, column, name, "the sentence is empty");
    }
    return s;
  }

  private static String field(String[] fields, int column, String name, String where, long line) {
    if (column >= fields.length) {
      throw error(where, line, column, name, "the line has " + fields.length + " tab-separated fields");
    }
    return fields[column];
  }

  private static CorpusFormatException error(String where, long line, int column, String name, String what) {
    return new CorpusFormatException(where + ":" + line + ": field " + (column + 1) + " (" + name + "): " + what);
  }
}
