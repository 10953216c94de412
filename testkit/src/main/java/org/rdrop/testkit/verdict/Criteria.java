package org.rdrop.testkit.verdict;

import java.util.Locale;

/**
 * What "reproduced" means for one claim, declared before looking at the result: the significance level and
 * the band the measured delta must fall in (a small-scale rerun cannot be expected to hit the paper's
 * delta exactly, so the band says how close is close enough).
 *
 * @param significance a delta is significant when its p-value is below this and its confidence interval
 *     excludes 0
 * @param bandLow lowest measured delta accepted as the published effect
 * @param bandHigh highest
 */
public record Criteria(double significance, double bandLow, double bandHigh) {
  public Criteria {
    if (!(significance > 0 && significance < 1)) {
      throw new IllegalArgumentException("significance level " + significance + " is not in (0, 1)");
    }
    if (!(bandLow <= bandHigh)) {
      throw new IllegalArgumentException("band [" + bandLow + ", " + bandHigh + "] is empty");
    }
  }

  /** A band of {@code published * (1 -/+ fraction)}, e.g. 0.5 accepts half to one and a half times the effect. */
  public static Criteria relativeBand(double significance, double published, double fraction) {
    double a = published * (1 - fraction);
    double b = published * (1 + fraction);
    return new Criteria(significance, Math.min(a, b), Math.max(a, b));
  }

  public String describeBand() {
    return String.format(Locale.ROOT, "[%+.3f, %+.3f]", bandLow, bandHigh);
  }
}
