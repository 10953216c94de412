package org.rdrop.testkit.verdict;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One check's outcome, shaped like a JUnit test case so CI systems can show it.
 *
 * @param group what kind of check (JUnit classname), e.g. {@code rdrop.curves.bible-en-es}
 * @param name the check (JUnit test name), e.g. {@code baseline/curve.tsv}
 * @param status the outcome
 * @param message one line: the gist
 * @param details the whole story (several lines), or ""
 * @param notes things the reader must see even when the check passes (e.g. an exact comparison that fell
 *     back to a tolerance on another platform)
 * @param data the numbers, for JSON output
 */
public record Check(
    String group, String name, Status status, String message, String details, List<String> notes,
    SortedMap<String, Object> data) {

  public enum Status {
    PASSED,
    FAILED,
    /** the check could not run (bad input) */
    ERROR,
    /** nothing to check (e.g. no golden yet) */
    SKIPPED
  }

  public Check {
    notes = List.copyOf(notes);
    data = data == null ? new TreeMap<>() : new TreeMap<>(data);
  }

  public static Check of(String group, String name, Status status, String message) {
    return new Check(group, name, status, message, "", List.of(), null);
  }

  public boolean failed() {
    return status == Status.FAILED || status == Status.ERROR;
  }

  Map<String, Object> toMap() {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("group", group);
    m.put("name", name);
    m.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
    m.put("message", message);
    m.put("details", details);
    m.put("notes", notes);
    m.put("data", data);
    return m;
  }
}
