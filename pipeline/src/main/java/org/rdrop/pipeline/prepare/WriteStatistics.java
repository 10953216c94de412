package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.rdrop.format.AtomicFiles;

/**
 * Sums named counts from every stage (e.g. {@code clean/train/dropped/length_ratio}) and writes them as
 * {@code name<TAB>value} lines sorted by name. The driver copies them into the run manifest.
 */
public final class WriteStatistics extends PTransform<PCollectionList<KV<String, Long>>, PDone> {
  private final String file;

  private WriteStatistics(Path file) {
    this.file = file.toAbsolutePath().toString();
  }

  public static WriteStatistics to(Path file) {
    return new WriteStatistics(file);
  }

  @Override
  public PDone expand(PCollectionList<KV<String, Long>> counts) {
    PCollectionView<java.util.Map<String, Long>> totals =
        counts
            .apply("AllCounts", Flatten.pCollections())
            .apply("SumByName", Combine.perKey(Sum.ofLongs()))
            .apply("AsMap", View.asMap());
    counts
        .getPipeline()
        .apply("Once", Create.of(0))
        .apply("Write", ParDo.of(new WriteFn(file, totals)).withSideInputs(totals));
    return PDone.in(counts.getPipeline());
  }

  private static final class WriteFn extends DoFn<Integer, Void> {
    private final String file;
    private final PCollectionView<java.util.Map<String, Long>> totals;

    WriteFn(String file, PCollectionView<java.util.Map<String, Long>> totals) {
      this.file = file;
      this.totals = totals;
    }

    @ProcessElement
    public void process(ProcessContext c) throws Exception {
      StringBuilder sb = new StringBuilder();
      new TreeMap<>(c.sideInput(totals)).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
      AtomicFiles.writeString(Path.of(file), sb.toString());
    }
  }
}
