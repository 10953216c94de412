package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/** The named counts a preparation's stages take ({@link Counts}), written to statistics.tsv once all are added. */
public final class Statistics {
  private final List<PCollection<KV<String, Long>>> counts = new ArrayList<>();

  public void add(PCollection<KV<String, Long>> named) {
    counts.add(named);
  }

  /** Sums them by name into {@code file} ({@link WriteStatistics}). */
  public void writeTo(Path file) {
    PCollectionList.of(counts).apply("WriteStatistics", WriteStatistics.to(file));
  }
}
