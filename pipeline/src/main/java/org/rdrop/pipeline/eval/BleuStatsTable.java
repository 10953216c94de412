package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.bleu.BleuStats;

/**
 * {@code <method>/bleu.<split>.tsv}: a system's BLEU sufficient statistics, one row per sentence in id
 * order, then the corpus total the Combine summed. Tab-separated, {@code \n} line ends:
 *
 * <pre>
 *   id  sys_len  ref_len  correct_1 .. correct_4  total_1 .. total_4     header
 *   &lt;id&gt; ...                                                            one row per sentence, ids ascending
 *   sum ...                                                              the corpus statistics
 * </pre>
 *
 * The columns are sacreBLEU's statistics layout. Reading checks that the sum row is the sum of the rows,
 * so a file edited by hand (or a lost row) is an error rather than a silently different score.
 */
public final class BleuStatsTable {
  public static final String HEADER =
      "id\tsys_len\tref_len\tcorrect_1\tcorrect_2\tcorrect_3\tcorrect_4\ttotal_1\ttotal_2\ttotal_3\ttotal_4";
  static final String SUM = "sum";

  /** The rows in file order (ids ascending), and the corpus total. */
  public record Table(long[] ids, BleuStats[] rows, BleuStats sum) {
    /** The rows in the layout the significance tests take. */
    public long[][] statsRows() {
      long[][] r = new long[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        r[i] = rows[i].toArray();
      }
      return r;
    }
  }

  private BleuStatsTable() {}

  /** The file's content for a table: what {@link ScoreTestSet} writes for the same rows. */
  public static String format(Table t) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < t.ids().length; i++) {
      sb.append(row(Long.toString(t.ids()[i]), t.rows()[i])).append('\n');
    }
    return sb.append(row(SUM, t.sum())).append('\n').toString();
  }

  /** One row: {@code label} (a sentence id, or "sum") and the ten statistics. */
  static String row(String label, BleuStats s) {
    StringBuilder sb = new StringBuilder(label);
    for (int i = 0; i < BleuStats.SIZE; i++) {
      sb.append('\t').append(s.get(i));
    }
    return sb.toString();
  }

  public static Table read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IOException(file + ":1: expected the header '" + HEADER.replace('\t', ' ') + "'");
    }
    if (lines.size() < 2 || !lines.get(lines.size() - 1).startsWith(SUM + "\t")) {
      throw new IOException(file + ":" + lines.size() + ": the last line must be the '" + SUM + "' row");
    }
    int n = lines.size() - 2;
    long[] ids = new long[n];
    BleuStats[] rows = new BleuStats[n];
    for (int i = 0; i < n; i++) {
      int lineNo = i + 2;
      String[] f = lines.get(i + 1).split("\t", -1);
      try {
        ids[i] = Long.parseLong(f[0]);
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + lineNo + ": the id '" + f[0] + "' is not a number");
      }
      if (i > 0 && ids[i] <= ids[i - 1]) {
        throw new IOException(file + ":" + lineNo + ": id " + ids[i] + " after " + ids[i - 1] + " (ids must ascend)");
      }
      rows[i] = stats(f, file, lineNo);
    }
    int last = lines.size();
    BleuStats sum = stats(lines.get(last - 1).split("\t", -1), file, last);
    BleuStats recount = BleuStats.sum(List.of(rows));
    if (!sum.equals(recount)) {
      throw new IOException(file + ":" + last + ": the sum row " + sum + " is not the sum of the rows, " + recount);
    }
    return new Table(ids, rows, sum);
  }

  private static BleuStats stats(String[] f, Path file, int lineNo) throws IOException {
    if (f.length != 1 + BleuStats.SIZE) {
      throw new IOException(file + ":" + lineNo + ": expected " + (1 + BleuStats.SIZE) + " fields, found " + f.length);
    }
    long[] v = new long[BleuStats.SIZE];
    try {
      for (int i = 0; i < v.length; i++) {
        v[i] = Long.parseLong(f[i + 1]);
      }
      return BleuStats.of(v);
    } catch (IllegalArgumentException e) { // NumberFormatException too
      throw new IOException(file + ":" + lineNo + ": " + e.getMessage());
    }
  }
}
