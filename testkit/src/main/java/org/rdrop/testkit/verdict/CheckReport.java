package org.rdrop.testkit.verdict;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of one command (e.g. {@code ./rdrop check RUN_DIR}), in the order they ran.
 *
 * @param suite what was checked, e.g. {@code rdrop check runs/smoke-1a2b3c4d5e6f}
 * @param checks the outcomes
 */
public record CheckReport(String suite, List<Check> checks) {
  public CheckReport {
    checks = List.copyOf(checks);
  }

  /** No check failed or errored (skipped ones do not fail a run). */
  public boolean passed() {
    return checks.stream().noneMatch(Check::failed);
  }

  public long count(Check.Status s) {
    return checks.stream().filter(c -> c.status() == s).count();
  }

  /** E.g. {@code 12 checks: 11 passed, 1 failed, 0 errors, 0 skipped}. */
  public String summary() {
    return checks.size() + " checks: " + count(Check.Status.PASSED) + " passed, " + count(Check.Status.FAILED)
        + " failed, " + count(Check.Status.ERROR) + " errors, " + count(Check.Status.SKIPPED) + " skipped";
  }

  Map<String, Object> toMap() {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("suite", suite);
    m.put("passed", passed());
    TreeMap<String, Object> counts = new TreeMap<>();
    for (Check.Status s : Check.Status.values()) {
      counts.put(s.name().toLowerCase(java.util.Locale.ROOT), count(s));
    }
    m.put("counts", counts);
    m.put("checks", checks.stream().map(Check::toMap).toList());
    return m;
  }
}
