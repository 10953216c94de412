package org.rdrop.testkit.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Judges a measured R-Drop effect against the paper's published one. */
public final class PaperVerdicts {
  private PaperVerdicts() {}

  /**
   * {@code reproduced} when the measured delta has the published sign, is significant and lies in the
   * declared band; {@code direction-only} when it has the sign but not the rest; else {@code not-reproduced}.
   */
  public static PaperVerdict judge(PublishedResult published, MeasuredDelta measured, Criteria criteria) {
    Double claimed = published.claimedDelta();
    if (claimed == null) {
      throw new IllegalArgumentException(
          "published result " + published.id() + " states no delta and not both scores: there is no claim to judge");
    }
    if (claimed == 0) {
      throw new IllegalArgumentException("published result " + published.id() + " claims no effect (delta 0)");
    }
    double d = measured.delta();
    List<String> reasons = new ArrayList<>();

    boolean same = Math.signum(d) == Math.signum(claimed);
    String better = (claimed > 0) == published.higherIsBetter() ? "R-Drop better" : "R-Drop worse";
    reasons.add(String.format(Locale.ROOT, "direction: published %s (%s, %s is better), measured %+.3f: %s",
        published.describeDelta(), better, published.better(), d,
        same ? "same" : d == 0 ? "no difference" : "OPPOSITE"));

    boolean pOk = measured.pValue() < criteria.significance();
    boolean ciOk = measured.ciLow() > 0 || measured.ciHigh() < 0;
    boolean significant = pOk && ciOk;
    reasons.add(String.format(Locale.ROOT, "significance at %s: p = %s %s %s; %.0f%% CI [%+.3f, %+.3f] %s 0 (%s): %s",
        criteria.significance(), PaperVerdict.p(measured.pValue()), pOk ? "<" : ">=", criteria.significance(),
        measured.ciLevel() * 100, measured.ciLow(), measured.ciHigh(), ciOk ? "excludes" : "includes",
        measured.test(), significant ? "significant" : "NOT significant"));

    boolean within = d >= criteria.bandLow() && d <= criteria.bandHigh();
    reasons.add(String.format(Locale.ROOT, "band: measured %+.3f %s the declared band %s", d,
        within ? "within" : d < criteria.bandLow() ? "BELOW" : "ABOVE", criteria.describeBand()));

    reasons.add(String.format(Locale.ROOT, "scores: baseline %s, R-Drop %s %s (published: baseline %s, R-Drop %s)",
        measured.baseline(), measured.rdrop(), measured.metric(), orUnknown(published.baseline()),
        orUnknown(published.rdrop())));

    Verdict v = !same ? Verdict.NOT_REPRODUCED : significant && within ? Verdict.REPRODUCED : Verdict.DIRECTION_ONLY;
    return new PaperVerdict(v, published, measured, criteria, same, significant, within, List.copyOf(reasons));
  }

  /**
   * {@link #judge(PublishedResult, MeasuredDelta, Criteria)} on a run's models: when {@code notConverged}
   * is non-null (a method's validation still improved at its last checkpoints, or nobody can tell) the
   * verdict is {@code inconclusive: not converged}, never not-reproduced; the reasons keep what the delta
   * alone would have said.
   */
  public static PaperVerdict judge(PublishedResult published, MeasuredDelta measured, Criteria criteria,
      String notConverged) {
    PaperVerdict onDelta = judge(published, measured, criteria);
    if (notConverged == null) {
      return onDelta;
    }
    List<String> reasons = new ArrayList<>(onDelta.reasons());
    reasons.add("convergence: " + notConverged + ": judged on the delta alone this would be "
        + onDelta.verdict().label() + ", but models still learning cannot decide the claim");
    return new PaperVerdict(Verdict.INCONCLUSIVE_NOT_CONVERGED, published, measured, criteria, onDelta.sameDirection(),
        onDelta.significant(), onDelta.withinBand(), List.copyOf(reasons));
  }

  private static String orUnknown(Double v) {
    return v == null ? "unknown" : v.toString();
  }
}
