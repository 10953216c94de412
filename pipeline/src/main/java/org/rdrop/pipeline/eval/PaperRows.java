package org.rdrop.pipeline.eval;

import org.rdrop.format.Report;
import org.rdrop.testkit.verdict.PublishedResult;

/** The paper row the test-set evaluations of the other tasks show beside their metric. */
public final class PaperRows {
  private PaperRows() {}

  /**
   * The published row shown beside a metric, its task labelled with the paper's model so that a reader
   * never takes it for this run's setting; null when there is none.
   */
  public static Report.Paper paper(PublishedResult p) {
    return p == null ? null : new Report.Paper(p.task() + ", " + p.model() + " (paper; not this run's data)",
        p.baseline(), p.rdrop(), p.delta(), p.source());
  }
}
