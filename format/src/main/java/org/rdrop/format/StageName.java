package org.rdrop.format;

import java.util.Objects;

/**
 * A stage's name in manifest.json, with what it says: the kind of stage, and for per-method stages the
 * method and split. Code that picks stages (verify re-runs them, the report lists what it read) asks for a
 * kind, not for a prefix of a name.
 *
 * <p>Names: preparation's steps by their own names ({@code read}, {@code clean}, {@code bpe}, ...),
 * {@code train-<method>}, {@code decode-<method>-<split>}, {@code evaluate-<method>-<split>},
 * {@code score-<split>} and {@code report}.
 */
public record StageName(String name, Kind kind, Method method, String split) {
  public enum Kind {
    PREPARE,
    TRAIN,
    DECODE,
    EVALUATE,
    SCORE,
    REPORT
  }

  private static final String TRAIN = "train-";
  private static final String DECODE = "decode-";
  private static final String EVALUATE = "evaluate-";
  private static final String SCORE = "score-";
  private static final String REPORT = "report";

  public StageName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  public static StageName train(Method m) {
    return new StageName(TRAIN + m.label(), Kind.TRAIN, m, null);
  }

  /** Translation: beam search over a split with one method's model. */
  public static StageName decode(Method m, String split) {
    return new StageName(DECODE + m.label() + "-" + split, Kind.DECODE, m, split);
  }

  /** Scoring one method's model on a split without decoding (perplexity, accuracy). */
  public static StageName evaluate(Method m, String split) {
    return new StageName(EVALUATE + m.label() + "-" + split, Kind.EVALUATE, m, split);
  }

  /** Translation: both methods' decodes of a split scored against the reference. */
  public static StageName score(String split) {
    return new StageName(SCORE + split, Kind.SCORE, null, split);
  }

  public static StageName report() {
    return new StageName(REPORT, Kind.REPORT, null, null);
  }

  /** What a recorded name says; a name of no other kind is one of preparation's steps. */
  public static StageName of(String name) {
    if (name.equals(REPORT)) {
      return report();
    }
    if (name.startsWith(SCORE)) {
      return score(name.substring(SCORE.length()));
    }
    for (Method m : Method.BOTH) {
      if (name.equals(TRAIN + m.label())) {
        return train(m);
      }
      if (name.startsWith(DECODE + m.label() + "-")) {
        return decode(m, name.substring((DECODE + m.label() + "-").length()));
      }
      if (name.startsWith(EVALUATE + m.label() + "-")) {
        return evaluate(m, name.substring((EVALUATE + m.label() + "-").length()));
      }
    }
    return new StageName(name, Kind.PREPARE, null, null);
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return name;
  }
}
