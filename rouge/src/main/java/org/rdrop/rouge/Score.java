package org.rdrop.rouge;

/** Precision, recall and F-measure of one ROUGE type on one example, as rouge-score's {@code Score}. */
public record Score(double precision, double recall, double fmeasure) {
  static final Score ZERO = new Score(0, 0, 0);

  /** rouge-score's F-measure: 2PR/(P+R), and 0 when P + R is 0 (evaluated in its order of operations). */
  public static Score of(double precision, double recall) {
    double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return new Score(precision, recall, f);
  }

  /** One of the three measures. */
  public double get(Measure m) {
    return switch (m) {
      case PRECISION -> precision;
      case RECALL -> recall;
      case FMEASURE -> fmeasure;
    };
  }

  /** The three measures, named as in rouge-score's output. */
  public enum Measure {
    PRECISION("precision"),
    RECALL("recall"),
    FMEASURE("fmeasure");

    private final String key;

    Measure(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
