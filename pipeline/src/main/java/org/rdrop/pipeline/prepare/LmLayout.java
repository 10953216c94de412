package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where language-model preparation writes, under {@code <run>/data/}: per split {@code <split>.tok}
 * (tokenized text, one corpus line per line), {@code <split>.bpe} (segmented), {@code <split>.ids.tsv}
 * ({@code <line>\t<ids>}, {@code </s>} last), {@code <split>.batches} (token blocks); once
 * {@code bpe.codes}, {@code dict.txt} and {@code statistics.tsv}. The names the trainer reads
 * ({@code train.batches}, {@code valid.batches}, {@code dict.txt}) are those of translation.
 */
public final class LmLayout extends DataLayout {
  public LmLayout(Path runDir) {
    super(runDir);
  }

  public Path tokenized(String split) {
    return data.tokenized(split);
  }

  public Path segmented(String split) {
    return data.bpe(split);
  }

  public Path codes() {
    return data.bpeCodes();
  }

  /** Every file preparation writes, with its stage, in pipeline order. */
  @Override
  public List<PrepareLayout.Output> outputs() {
    List<PrepareLayout.Output> all = new ArrayList<>(lines(this::tokenized, "tokenize"));
    all.add(new PrepareLayout.Output(codes(), "bpe", PrepareLayout.Output.Kind.LINES));
    all.addAll(lines(this::segmented, "bpe"));
    all.add(new PrepareLayout.Output(dictionary(), "vocab", PrepareLayout.Output.Kind.LINES));
    all.addAll(lines(this::ids, "vocab"));
    all.addAll(batchFiles());
    all.add(new PrepareLayout.Output(statistics(), "statistics", PrepareLayout.Output.Kind.LINES));
    return all;
  }
}
