package org.rdrop.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ROUGE type as rouge-score names it: {@code rougeN} (N = 1..9, n-gram overlap), {@code rougeL}
 * (longest common subsequence of the whole texts) or {@code rougeLsum} (summary-level union LCS over
 * newline-separated sentences).
 */
public record RougeType(String name, Kind kind, int n) {
  /** How the type is computed. */
  public enum Kind { NGRAM, LCS, SUMMARY_LCS }

  // Before ALL, which parses with it.
  private static final Pattern NGRAM = Pattern.compile("rouge([1-9])");

  /** rouge-score's default list, in its order. */
  public static final List<RougeType> ALL = List.of(parse("rouge1"), parse("rouge2"), parse("rougeL"), parse("rougeLsum"));

  public static RougeType parse(String name) {
    if (name.equals("rougeL")) {
      return new RougeType(name, Kind.LCS, 0);
    }
    if (name.equals("rougeLsum")) {
      return new RougeType(name, Kind.SUMMARY_LCS, 0);
    }
    Matcher m = NGRAM.matcher(name);
    if (m.matches()) {
      return new RougeType(name, Kind.NGRAM, Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException("'" + name + "' is not a ROUGE type (rouge1 ... rouge9, rougeL, rougeLsum)");
  }

  /** A comma-separated list such as {@code rouge1,rougeL}; a type named twice is an error. */
  public static List<RougeType> parseList(String names) {
    List<RougeType> types = new ArrayList<>();
    for (String name : names.split(",", -1)) {
      RougeType t = parse(name.strip());
      if (types.contains(t)) {
        throw new IllegalArgumentException(t.name() + " is named twice");
      }
      types.add(t);
    }
    return types;
  }
}
