package org.rdrop.testkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The leaves in which two JSON documents differ, each named by its path: {@code metrics[bleu].delta:
 * recorded 2.7, re-derived -2.12}. Elements of a list of objects with an {@code id} are named by it, since
 * a reader looks for the metric, not its position.
 */
public final class JsonDifferences {
  private JsonDifferences() {}

  /** Every differing leaf, in document order; empty when the two are equal. */
  public static List<String> of(JsonNode recorded, JsonNode derived) {
    return of(recorded, derived, "recorded", "re-derived");
  }

  /** As {@link #of(JsonNode, JsonNode)}, each side named by its label ({@code golden's run 64, this run 65}). */
  public static List<String> of(JsonNode a, JsonNode b, String aLabel, String bLabel) {
    List<String> out = new ArrayList<>();
    walk("", a, b, aLabel, bLabel, out);
    return out;
  }

  private static void walk(String path, JsonNode a, JsonNode b, String aLabel, String bLabel, List<String> out) {
    if (a != null && b != null && a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        walk(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k), aLabel, bLabel, out);
      }
    } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode id = a.get(i).path("id");
        String label = id.isTextual() && id.equals(b.get(i).path("id")) ? id.asText() : Integer.toString(i);
        walk(path + "[" + label + "]", a.get(i), b.get(i), aLabel, bLabel, out);
      }
    } else if (a == null || b == null || !a.equals(b)) {
      out.add((path.isEmpty() ? "(document)" : path) + ": " + aLabel + " " + show(a) + ", " + bLabel + " " + show(b));
    }
  }

  private static String show(JsonNode n) {
    if (n == null) {
      return "(absent)";
    }
    String s = n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
