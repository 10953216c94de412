package org.rdrop.testkit.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.rdrop.format.Curve;

/**
 * A trend comparison: for each column, the mean of the last {@code window} steps of the actual curve must
 * lie within {@code band} of the golden's (e.g. "final loss within 2 %"). Coarse on purpose: it holds
 * across platforms where per-step values drift apart.
 */
public record TrendSpec(
    @JsonProperty("columns") List<String> columns,
    @JsonProperty("window") int window,
    @JsonProperty("band") Tolerance band) {

  public TrendSpec {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a trend needs at least one column");
    }
    for (String c : columns) {
      if (!Curve.FLOAT_COLUMNS.contains(c)) {
        throw new IllegalArgumentException(
            "trend column '" + c + "' is not a float column of " + Curve.CURVE_FILE + " ("
                + String.join(", ", Curve.FLOAT_COLUMNS) + ")");
      }
    }
    if (window < 1) {
      throw new IllegalArgumentException("trend window must be >= 1, got " + window);
    }
    if (band == null) {
      throw new IllegalArgumentException("a trend needs a band");
    }
  }

  /** The same trend with another band. */
  public TrendSpec withBand(Tolerance other) {
    return new TrendSpec(columns, window, other);
  }
}
