package org.rdrop.pipeline.task.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.pipeline.prepare.DataLayout;
import org.rdrop.pipeline.prepare.PrepareLayout;

/**
 * Where image-classification preparation writes, under {@code <run>/data/}: per split {@code <split>.ids.tsv}
 * ({@code <line>\t<pixel values 0..255>\t<class id>}, sorted by line) and {@code <split>.batches}; once
 * {@code dict.txt} (the label dictionary: classes 0..n-1 in order with their training counts, so class k
 * has id 4 + k) and {@code statistics.tsv}.
 */
public final class ImageLayout extends DataLayout {
  public ImageLayout(Path runDir) {
    super(runDir);
  }

  @Override
  public List<PrepareLayout.Output> outputs() {
    List<PrepareLayout.Output> all = new ArrayList<>(lines(this::ids, "read"));
    all.add(new PrepareLayout.Output(dictionary(), "labels", PrepareLayout.Output.Kind.LINES));
    all.addAll(batchFiles());
    all.add(new PrepareLayout.Output(statistics(), "statistics", PrepareLayout.Output.Kind.LINES));
    return all;
  }
}
