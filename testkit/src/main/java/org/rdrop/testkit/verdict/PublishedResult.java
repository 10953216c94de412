package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * One published number of the R-Drop paper: a task, a metric, the baseline and R-Drop scores and their
 * difference as a source states them. Unknown values are null and {@code note} says why; nothing is
 * inferred except where {@code derived} says so (and how, in the note).
 *
 * @param id stable key, {@code <task>/<model>/<metric>}, e.g. {@code iwslt14-de-en/transformer/bleu}
 * @param task the benchmark as the paper names it
 * @param model the architecture
 * @param metric the metric as the source names it
 * @param unit e.g. {@code BLEU}, {@code %}, {@code perplexity}
 * @param better {@code higher} or {@code lower}: which way is an improvement
 * @param baseline the baseline's score, or null when no source states it
 * @param rdrop the score with R-Drop, or null
 * @param delta R-Drop minus baseline as stated, or null
 * @param deltaQualifier how the delta is stated: {@code equals}, {@code more_than} ("more than 2.0") or
 *     {@code about}; null when there is no delta
 * @param derived fields computed from others by the source rather than stated (e.g. {@code baseline})
 * @param source where the numbers are stated
 * @param note what is unknown and why, how derived values were derived; null when nothing to add
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublishedResult(
    @JsonProperty("id") String id,
    @JsonProperty("task") String task,
    @JsonProperty("model") String model,
    @JsonProperty("metric") String metric,
    @JsonProperty("unit") String unit,
    @JsonProperty("better") String better,
    @JsonProperty("baseline") Double baseline,
    @JsonProperty("rdrop") Double rdrop,
    @JsonProperty("delta") Double delta,
    @JsonProperty("delta_qualifier") String deltaQualifier,
    @JsonProperty("derived") List<String> derived,
    @JsonProperty("source") String source,
    @JsonProperty("note") String note) {

  public static final List<String> QUALIFIERS = List.of("equals", "more_than", "about");

  public PublishedResult {
    derived = derived == null ? List.of() : List.copyOf(derived);
  }

  public boolean higherIsBetter() {
    return "higher".equals(better);
  }

  /**
   * The published R-Drop minus baseline difference used as the claim: the stated delta, else the
   * difference of the stated scores; null when neither is known.
   */
  public Double claimedDelta() {
    if (delta != null) {
      return delta;
    }
    if (baseline != null && rdrop != null) {
      return rdrop - baseline;
    }
    return null;
  }

  /** E.g. {@code +2.61 BLEU}, {@code more than +2.0 BLEU}, {@code about +0.3 ROUGE}. */
  public String describeDelta() {
    Double d = claimedDelta();
    if (d == null) {
      return "unknown";
    }
    String prefix = "more_than".equals(deltaQualifier) ? "more than " : "about".equals(deltaQualifier) ? "about " : "";
    return prefix + String.format(Locale.ROOT, "%+.2f", d) + " " + unit;
  }

  /** Problems with this record, each naming the field; empty when well-formed. */
  List<String> problems() {
    List<String> out = new java.util.ArrayList<>();
    if (id == null || !id.matches("[a-z0-9.-]+(/[a-z0-9.-]+)+")) {
      out.add("id '" + id + "' is not <task>/<model>/<metric> in lower case");
    }
    for (var f : List.of(new String[] {"task", task}, new String[] {"model", model}, new String[] {"metric", metric},
        new String[] {"unit", unit}, new String[] {"source", source})) {
      if (f[1] == null || f[1].isBlank()) {
        out.add("field " + f[0] + " is missing");
      }
    }
    if (!"higher".equals(better) && !"lower".equals(better)) {
      out.add("field better is '" + better + "', expected higher or lower");
    }
    if ((delta == null) != (deltaQualifier == null)) {
      out.add("delta and delta_qualifier go together (delta " + delta + ", delta_qualifier " + deltaQualifier + ")");
    }
    if (deltaQualifier != null && !QUALIFIERS.contains(deltaQualifier)) {
      out.add("delta_qualifier '" + deltaQualifier + "' is not one of " + QUALIFIERS);
    }
    if ((baseline == null || rdrop == null || delta == null) && (note == null || note.isBlank())) {
      out.add("a record with unknown values needs a note saying why");
    }
    for (String d : derived) {
      if (!List.of("baseline", "rdrop", "delta").contains(d)) {
        out.add("derived names '" + d + "', expected baseline, rdrop or delta");
      }
    }
    // Stated numbers must agree with each other to the precision they are stated in (two decimals).
    if (baseline != null && rdrop != null && delta != null && "equals".equals(deltaQualifier)
        && Math.abs(rdrop - baseline - delta) > 0.005 + 1e-9) {
      out.add(String.format(Locale.ROOT, "rdrop - baseline = %.4f but delta says %.4f", rdrop - baseline, delta));
    }
    return out;
  }
}
