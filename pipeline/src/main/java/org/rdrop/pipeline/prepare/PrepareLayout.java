package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.List;

/**
 * Where preparation writes, under {@code <run>/data/}: per split {@code <split>.tok.<lang>} (tokenized and
 * cleaned text), {@code <split>.bpe.<lang>} (segmented), {@code <split>.ids.tsv} (id, source ids, target
 * ids), {@code <split>.batches}; once {@code bpe.codes}, {@code dict.txt} and {@code statistics.tsv}.
 */
public final class PrepareLayout extends DataLayout {
  public static final String TRAIN = "train";
  public static final List<String> SPLITS = List.of(TRAIN, "valid", "test");

  private final String source;
  private final String target;

  public PrepareLayout(Path runDir, String source, String target) {
    super(runDir);
    this.source = source;
    this.target = target;
  }

  public Path tokenized(String split, String lang) {
    return data.tokenized(split, lang);
  }

  public Path segmented(String split, String lang) {
    return data.bpe(split, lang);
  }

  public Path codes() {
    return data.bpeCodes();
  }

  /** Every file preparation writes, each with the stage that produced it, in pipeline order. */
  @Override
  public List<Output> outputs() {
    java.util.ArrayList<Output> all = new java.util.ArrayList<>();
    for (String split : SPLITS) {
      all.add(new Output(tokenized(split, source), "clean", Output.Kind.LINES));
      all.add(new Output(tokenized(split, target), "clean", Output.Kind.LINES));
    }
    all.add(new Output(codes(), "bpe", Output.Kind.LINES));
    for (String split : SPLITS) {
      all.add(new Output(segmented(split, source), "bpe", Output.Kind.LINES));
      all.add(new Output(segmented(split, target), "bpe", Output.Kind.LINES));
    }
    all.add(new Output(dictionary(), "vocab", Output.Kind.LINES));
    all.addAll(lines(this::ids, "vocab"));
    all.addAll(batchFiles());
    all.add(new Output(statistics(), "statistics", Output.Kind.LINES));
    return all;
  }

  /** One output file; {@code kind} says how its records are counted. */
  public record Output(Path file, String stage, Kind kind) {
    public enum Kind {
      LINES,
      BATCHES
    }
  }
}
