package org.rdrop.pipeline.eval;

import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.format.Report;

/**
 * One metric row's items in a run: {@code baseline[i]} and {@code rdrop[i]} are item i's statistics, whose
 * column sums {@code metric} turns into the row's score.
 *
 * @param metricId the row's {@link Report.Metric#id}
 * @param items what an item is, for people ("test sentences")
 */
public record ItemScores(String metricId, String items, BootstrapInterval.Metric metric, double[][] baseline,
    double[][] rdrop) {}
