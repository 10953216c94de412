package org.rdrop.testkit.verdict;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A verdict on one published claim and the numbers that led to it.
 *
 * @param verdict reproduced, direction-only or not-reproduced
 * @param published the paper's record
 * @param measured the rerun's numbers
 * @param criteria the declared significance level and band
 * @param sameDirection the measured delta has the published delta's sign
 * @param significant p below the level and the interval excludes 0
 * @param withinBand the measured delta lies in the band
 * @param reasons one line per test above, with its numbers
 */
public record PaperVerdict(
    Verdict verdict,
    PublishedResult published,
    MeasuredDelta measured,
    Criteria criteria,
    boolean sameDirection,
    boolean significant,
    boolean withinBand,
    List<String> reasons) {

  /** One line: verdict, claim and measurement. */
  public String headline() {
    return String.format(
        Locale.ROOT, "%s: %s: measured R-Drop - baseline %+.3f %s (%.0f%% CI [%+.3f, %+.3f], p = %s), published %s",
        verdict.label(), published.id(), measured.delta(), published.unit(), measured.ciLevel() * 100,
        measured.ciLow(), measured.ciHigh(), p(measured.pValue()), published.describeDelta());
  }

  public String text() {
    StringBuilder sb = new StringBuilder(headline()).append('\n');
    reasons.forEach(r -> sb.append("  ").append(r).append('\n'));
    return sb.toString();
  }

  public Map<String, Object> toMap() {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("verdict", verdict.label());
    m.put("published", published);
    m.put("measured", measured);
    m.put("criteria", criteria);
    m.put("same_direction", sameDirection);
    m.put("significant", significant);
    m.put("within_band", withinBand);
    m.put("reasons", reasons);
    return m;
  }

  static String p(double p) {
    return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
  }
}
