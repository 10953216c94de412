package org.rdrop.pipeline.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One test sentence for a BLEU stage: its id (for tracing), the hypothesis and its references (a
 * null reference is absent, as in sacreBLEU's API).
 */
public final class BleuSegment implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final String hypothesis;
  private final List<String> references;

  public BleuSegment(long id, String hypothesis, List<String> references) {
    this.id = id;
    this.hypothesis = Objects.requireNonNull(hypothesis, "hypothesis");
    this.references = Collections.unmodifiableList(new ArrayList<>(references));
  }

  public long id() {
    return id;
  }

  public String hypothesis() {
    return hypothesis;
  }

  public List<String> references() {
    return references;
  }

  /** Segments from parallel lists: segment i has id i + 1 (the line number). */
  public static List<BleuSegment> of(List<String> hypotheses, List<? extends List<String>> referenceStreams) {
    List<BleuSegment> out = new ArrayList<>(hypotheses.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      List<String> refs = new ArrayList<>(referenceStreams.size());
      for (List<String> stream : referenceStreams) {
        refs.add(stream.get(i));
      }
      out.add(new BleuSegment(i + 1, hypotheses.get(i), refs));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BleuSegment)) {
      return false;
    }
    BleuSegment s = (BleuSegment) o;
    return id == s.id && hypothesis.equals(s.hypothesis) && references.equals(s.references);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, hypothesis, references);
  }

  @Override
  public String toString() {
    return "BleuSegment(" + id + ")";
  }
}
