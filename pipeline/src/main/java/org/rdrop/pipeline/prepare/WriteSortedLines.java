package org.rdrop.pipeline.prepare;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.rdrop.format.AtomicFiles;

/**
 * Writes keyed lines to one file in key order, atomically. Beam gives no order guarantee, so the lines are
 * read on one worker (as a side input, so an empty collection still writes its empty file) and sorted
 * by key; keys must be unique (sentence ids), which makes the bytes independent of bundling.
 */
public final class WriteSortedLines extends PTransform<PCollection<KV<Long, String>>, PDone> {
  private final String file;

  private WriteSortedLines(Path file) {
    this.file = file.toAbsolutePath().toString();
  }

  public static WriteSortedLines to(Path file) {
    return new WriteSortedLines(file);
  }

  @Override
  public PDone expand(PCollection<KV<Long, String>> lines) {
    PCollectionView<Iterable<KV<Long, String>>> all = lines.apply("AllLines", View.asIterable());
    lines
        .getPipeline()
        .apply("Once", Create.of(0))
        .apply("SortAndWrite", ParDo.of(new WriteFn(file, all)).withSideInputs(all));
    return PDone.in(lines.getPipeline());
  }

  private static final class WriteFn extends DoFn<Integer, Void> {
    private final String file;
    private final PCollectionView<Iterable<KV<Long, String>>> all;

    WriteFn(String file, PCollectionView<Iterable<KV<Long, String>>> all) {
      this.file = file;
      this.all = all;
    }

    @ProcessElement
    public void process(ProcessContext c) throws Exception {
      List<KV<Long, String>> lines = new ArrayList<>();
      c.sideInput(all).forEach(lines::add);
      lines.sort((a, b) -> Long.compare(a.getKey(), b.getKey()));
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).getKey().equals(lines.get(i - 1).getKey())) {
          throw new IllegalStateException(file + ": two lines share the key " + lines.get(i).getKey());
        }
      }
      AtomicFiles.write(
          Path.of(file),
          out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (KV<Long, String> line : lines) {
              w.write(line.getValue());
              w.write('\n');
            }
            w.flush();
          });
    }
  }
}
