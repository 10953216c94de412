package org.rdrop.format;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The per-update loss curve ({@code curve.tsv}) and the validation log ({@code valid.tsv}) of a training
 * run: written by the trainer, compared by the testkit. Documented in docs/run-directory.md.
 *
 * <p>curve.tsv, tab-separated, a header line, then one row per update:
 *
 * <ul>
 *   <li>{@code step}: updates completed including this one (1-based, fairseq's num_updates);
 *   <li>{@code epoch}: 1-based epoch of the batch; {@code passes}: 1 (baseline step) or m (R-Drop);
 *   <li>{@code sentences}, {@code tokens}: size of ONE copy of the batch (non-pad target tokens);
 *   <li>{@code lr}: learning rate used by this update ({@code %.6e});
 *   <li>{@code loss}: the optimised objective (CE over all passes + alpha * consistency) / tokens;
 *   <li>{@code nll}: un-smoothed NLL per target token, averaged over the passes;
 *   <li>{@code kl}: the consistency term (KL, or MSE) / tokens, before alpha; 0 on baseline steps;
 *   <li>{@code grad_norm}: L2 norm of the normalised gradient before clipping.
 * </ul>
 *
 * Losses are in nats, printed {@code %.6f}. Each float column is repeated at the end of the row as
 * {@code <column>_bits}: the 16 lower-case hex digits of its IEEE-754 binary64 bits. The bits are the value;
 * the decimal is for people, and a reader checks that the two agree (a hand-edited file fails).
 *
 * <p>valid.tsv, one row per checkpoint: {@code step}, {@code sentences}, {@code tokens}, {@code loss}
 * (label-smoothed CE per token), {@code nll} (per token), then {@code loss_bits}, {@code nll_bits}.
 *
 * <p>dropout-kl.tsv, one row per checkpoint (with validation data), for both methods: {@code step},
 * {@code tokens} (target tokens of ONE copy of the validation batches measured), {@code kl}: R-Drop's
 * consistency term on validation data, (KL(P1||P2) + KL(P2||P1)) / 2 per target token between two forward
 * passes with dropout on and no gradient (the R-Drop authors' diagnostic: it grows when training does not
 * constrain it), then {@code kl_bits}.
 */
public final class Curve {
  public static final String CURVE_FILE = "curve.tsv";
  public static final String VALID_FILE = "valid.tsv";
  public static final String DROPOUT_KL_FILE = "dropout-kl.tsv";

  /** The float columns of curve.tsv, in file order; each has a {@code _bits} twin. */
  public static final List<String> FLOAT_COLUMNS = List.of("lr", "loss", "nll", "kl", "grad_norm");

  /** The count columns of curve.tsv: they describe the batch, so two runs of one experiment share them. */
  public static final List<String> COUNT_COLUMNS = List.of("step", "epoch", "passes", "sentences", "tokens");

  public static final List<String> CURVE_HEADER =
      List.of(
          "step", "epoch", "passes", "sentences", "tokens", "lr", "loss", "nll", "kl", "grad_norm",
          "lr_bits", "loss_bits", "nll_bits", "kl_bits", "grad_norm_bits");

  public static final List<String> VALID_HEADER =
      List.of("step", "sentences", "tokens", "loss", "nll", "loss_bits", "nll_bits");

  public static final List<String> DROPOUT_KL_HEADER = List.of("step", "tokens", "kl", "kl_bits");

  private Curve() {}

  /** One update of curve.tsv. */
  public record Row(
      long step,
      int epoch,
      int passes,
      long sentences,
      long tokens,
      double lr,
      double loss,
      double nll,
      double kl,
      double gradNorm) {

    /** The row's cells in {@link #CURVE_HEADER} order. */
    public List<String> cells() {
      return List.of(
          Long.toString(step), Integer.toString(epoch), Integer.toString(passes), Long.toString(sentences),
          Long.toString(tokens), sci(lr), fixed(loss), fixed(nll), fixed(kl), fixed(gradNorm),
          bits(lr), bits(loss), bits(nll), bits(kl), bits(gradNorm));
    }

    /** The value of one of {@link #FLOAT_COLUMNS}. */
    public double value(String column) {
      return switch (column) {
        case "lr" -> lr;
        case "loss" -> loss;
        case "nll" -> nll;
        case "kl" -> kl;
        case "grad_norm" -> gradNorm;
        default -> throw new IllegalArgumentException(
            "no float column '" + column + "' in curve.tsv (columns: " + String.join(", ", FLOAT_COLUMNS) + ")");
      };
    }

    /** The value of one of {@link #COUNT_COLUMNS}. */
    public long count(String column) {
      return switch (column) {
        case "step" -> step;
        case "epoch" -> epoch;
        case "passes" -> passes;
        case "sentences" -> sentences;
        case "tokens" -> tokens;
        default -> throw new IllegalArgumentException("no count column '" + column + "' in curve.tsv");
      };
    }
  }

  /** One checkpoint of valid.tsv. */
  public record ValidRow(long step, long sentences, long tokens, double loss, double nll) {
    /** The row's cells in {@link #VALID_HEADER} order. */
    public List<String> cells() {
      return List.of(
          Long.toString(step), Long.toString(sentences), Long.toString(tokens), fixed(loss), fixed(nll),
          bits(loss), bits(nll));
    }
  }

  /** One validation of dropout-kl.tsv: the symmetric KL per target token between two dropout passes. */
  public record DropoutKlRow(long step, long tokens, double kl) {
    /** The row's cells in {@link #DROPOUT_KL_HEADER} order. */
    public List<String> cells() {
      return List.of(Long.toString(step), Long.toString(tokens), fixed(kl), bits(kl));
    }
  }

  /** A TSV line (with its newline) of header names or cells. */
  public static String line(List<String> cells) {
    return String.join("\t", cells) + "\n";
  }

  /** The whole text of a curve.tsv. */
  public static String format(List<Row> rows) {
    StringBuilder sb = new StringBuilder(line(CURVE_HEADER));
    rows.forEach(r -> sb.append(line(r.cells())));
    return sb.toString();
  }

  /** The whole text of a valid.tsv. */
  public static String formatValid(List<ValidRow> rows) {
    StringBuilder sb = new StringBuilder(line(VALID_HEADER));
    rows.forEach(r -> sb.append(line(r.cells())));
    return sb.toString();
  }

  /** The whole text of a dropout-kl.tsv. */
  public static String formatDropoutKl(List<DropoutKlRow> rows) {
    StringBuilder sb = new StringBuilder(line(DROPOUT_KL_HEADER));
    rows.forEach(r -> sb.append(line(r.cells())));
    return sb.toString();
  }

  public static void write(Path file, List<Row> rows) throws IOException {
    AtomicFiles.writeString(file, format(rows));
  }

  public static void writeValid(Path file, List<ValidRow> rows) throws IOException {
    AtomicFiles.writeString(file, formatValid(rows));
  }

  public static void writeDropoutKl(Path file, List<DropoutKlRow> rows) throws IOException {
    AtomicFiles.writeString(file, formatDropoutKl(rows));
  }

  public static List<Row> read(Path file) throws IOException {
    return parse(file.toString(), readText(file));
  }

  public static List<ValidRow> readValid(Path file) throws IOException {
    return parseValid(file.toString(), readText(file));
  }

  public static List<DropoutKlRow> readDropoutKl(Path file) throws IOException {
    return parseDropoutKl(file.toString(), readText(file));
  }

  /** Parses curve.tsv text; {@code source} names it in errors ({@code source:line: ...}). */
  public static List<Row> parse(String source, String text) throws IOException {
    return parseRows(source, text, CURVE_HEADER, Row::step, c -> new Row(
        c.count(0), (int) c.count(1), (int) c.count(2), c.count(3), c.count(4),
        c.value(5, 10, true), c.value(6, 11, false), c.value(7, 12, false), c.value(8, 13, false),
        c.value(9, 14, false)));
  }

  /** Parses valid.tsv text. */
  public static List<ValidRow> parseValid(String source, String text) throws IOException {
    return parseRows(source, text, VALID_HEADER, ValidRow::step, c -> new ValidRow(
        c.count(0), c.count(1), c.count(2), c.value(3, 5, false), c.value(4, 6, false)));
  }

  /** Parses dropout-kl.tsv text. */
  public static List<DropoutKlRow> parseDropoutKl(String source, String text) throws IOException {
    return parseRows(source, text, DROPOUT_KL_HEADER, DropoutKlRow::step,
        c -> new DropoutKlRow(c.count(0), c.count(1), c.value(2, 3, false)));
  }

  /** IEEE-754 binary64 bits as 16 lower-case hex digits. */
  public static String bits(double v) {
    return String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(v));
  }

  /** Inverse of {@link #bits}. */
  public static double fromBits(String hex) {
    if (hex.length() != 16) {
      throw new NumberFormatException("not 16 hex digits");
    }
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
  }

  /** Losses and norms: six decimals. */
  public static String fixed(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** Learning rates: six significant decimals in scientific notation. */
  public static String sci(double v) {
    return String.format(Locale.ROOT, "%.6e", v);
  }

  // ---- reading ---------------------------------------------------------------------------------------

  private static String readText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text", e);
    }
  }

  private interface RowMaker<R> {
    R make(Cells cells) throws IOException;
  }

  private static <R> List<R> parseRows(
      String source, String text, List<String> header, Function<R, Long> step, RowMaker<R> maker)
      throws IOException {
    if (text.isEmpty()) {
      throw new IOException(source + ": empty file, expected the header " + String.join(" ", header));
    }
    if (!text.endsWith("\n")) {
      throw new IOException(source + ": the last line has no newline (truncated file?)");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (!lines[0].equals(String.join("\t", header))) {
      // Named by position, never quoted: the file may be anything (errors do not echo file contents).
      String[] cells = lines[0].split("\t", -1);
      int column = 0;
      while (column < Math.min(cells.length, header.size()) && cells[column].equals(header.get(column))) {
        column++;
      }
      throw new IOException(source + ":1: not the curve header (first difference in column " + (column + 1)
          + "); expected '" + String.join(" ", header) + "' (tab-separated)");
    }
    List<R> rows = new ArrayList<>(lines.length - 1);
    long previous = 0;
    for (int i = 1; i < lines.length; i++) {
      String where = source + ":" + (i + 1);
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.size()) {
        throw new IOException(where + ": " + cells.length + " cells, expected " + header.size());
      }
      R row = maker.make(new Cells(where, header, cells));
      long s = step.apply(row);
      if (s <= previous) {
        throw new IOException(where + ": step " + s + " does not follow step " + previous);
      }
      previous = s;
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  /** The cells of one line, with errors that name file, line and column. */
  private record Cells(String where, List<String> header, String[] cells) {
    long count(int i) throws IOException {
      try {
        return Long.parseLong(cells[i]);
      } catch (NumberFormatException e) {
        throw new IOException(where + ": column " + header.get(i) + ": not an integer");
      }
    }

    /** The value from the bits column, after checking that the decimal column says the same. */
    double value(int decimal, int bitsColumn, boolean scientific) throws IOException {
      double v;
      try {
        v = fromBits(cells[bitsColumn]);
      } catch (NumberFormatException e) {
        throw new IOException(where + ": column " + header.get(bitsColumn) + ": not 16 hex digits");
      }
      String expected = scientific ? sci(v) : fixed(v);
      if (!expected.equals(cells[decimal])) {
        throw new IOException(where + ": column " + header.get(decimal) + ": disagrees with " + header.get(bitsColumn)
            + " (edited by hand?)");
      }
      return v;
    }
  }
}
