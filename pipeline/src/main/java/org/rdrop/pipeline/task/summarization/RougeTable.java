package org.rdrop.pipeline.task.summarization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.pipeline.eval.TsvRows;
import org.rdrop.rouge.RougeScorer;
import org.rdrop.rouge.RougeType;
import org.rdrop.rouge.Score;
import org.rdrop.rouge.SentenceBreaks;

/**
 * One method's ROUGE on a split, example by example: {@code <method>/rouge.<split>.tsv}, a header
 * {@code id rouge1.precision rouge1.recall rouge1.fmeasure ... rougeLsum.fmeasure}, then one row an example
 * in id order, each value a fraction as Java's shortest round-trip decimal (read back bit for bit).
 *
 * <p>Scoring is rouge-score's {@code RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"],
 * use_stemmer=True).score(target, prediction)} (module {@code rouge}), each {@code <n>} made a newline first
 * (rougeLsum's sentence breaks).
 */
public record RougeTable(long[] ids, List<Map<String, Score>> scores) {
  /** The types scored, in the paper's order and rouge-score's names. */
  public static final List<RougeType> TYPES = RougeType.ALL;
  /** As fairseq's BART and rouge-score's CNN/DailyMail examples score: Porter stemming on. */
  public static final boolean USE_STEMMER = true;

  public RougeTable {
    if (ids.length != scores.size()) {
      throw new IllegalArgumentException(ids.length + " ids for " + scores.size() + " scored examples");
    }
  }

  /** Scores {@code predictions[i]} against {@code targets[i]}, example {@code ids[i]}. */
  public static RougeTable score(long[] ids, List<String> targets, List<String> predictions) {
    if (targets.size() != ids.length || predictions.size() != ids.length) {
      throw new IllegalArgumentException(ids.length + " ids, " + targets.size() + " targets, "
          + predictions.size() + " predictions");
    }
    RougeScorer scorer = new RougeScorer(TYPES, USE_STEMMER);
    List<Map<String, Score>> scores = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      scores.add(scorer.score(SentenceBreaks.toNewlines(targets.get(i)),
          SentenceBreaks.toNewlines(predictions.get(i))));
    }
    return new RougeTable(ids, scores);
  }

  /** Per example (in table order): [F-measure of {@code type}, 1]; their column sums' ratio is the mean. */
  public double[][] fmeasureRows(RougeType type) {
    double[][] rows = new double[ids.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {scores.get(i).get(type.name()).fmeasure(), 1};
    }
    return rows;
  }

  static String header() {
    StringBuilder sb = new StringBuilder("id");
    for (RougeType t : TYPES) {
      for (Score.Measure m : Score.Measure.values()) {
        sb.append('\t').append(t.name()).append('.').append(m.key());
      }
    }
    return sb.toString();
  }

  public String format() {
    StringBuilder sb = new StringBuilder(header()).append('\n');
    for (int i = 0; i < ids.length; i++) {
      sb.append(ids[i]);
      for (RougeType t : TYPES) {
        Score s = scores.get(i).get(t.name());
        for (Score.Measure m : Score.Measure.values()) {
          sb.append('\t').append(Double.toString(s.get(m)));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public static RougeTable read(Path file) throws IOException {
    List<Long> ids = new ArrayList<>();
    List<Map<String, Score>> scores = TsvRows.read(file, header(), f -> {
      ids.add(Long.parseLong(f[0]));
      Map<String, Score> row = new LinkedHashMap<>();
      int k = 1;
      for (RougeType t : TYPES) {
        row.put(t.name(), new Score(Double.parseDouble(f[k]), Double.parseDouble(f[k + 1]),
            Double.parseDouble(f[k + 2])));
        k += 3;
      }
      return row;
    });
    return new RougeTable(ids.stream().mapToLong(Long::longValue).toArray(), scores);
  }
}
