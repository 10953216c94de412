package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.ProcessFunction;
import org.apache.beam.sdk.values.PCollection;
import org.rdrop.config.ExperimentConfig;

/**
 * A preparation that reads one corpus file a split, {@code <split><extension>} (language modelling, images,
 * sentences), and writes the files of a {@link DataLayout} with their counts in statistics.tsv. A task gives
 * its layout and the stages between reading and the counts.
 *
 * @param <L> the task's layout of {@code data/}
 */
public abstract class SplitFilesPreparation<L extends DataLayout> implements Preparation {
  private final String extension;
  private final Function<Path, L> layout;

  /**
   * @param extension the corpus files' ending, the dot included, e.g. {@code .txt}
   * @param layout the task's layout of a run directory's {@code data/}
   */
  protected SplitFilesPreparation(String extension, Function<Path, L> layout) {
    this.extension = extension;
    this.layout = layout;
  }

  /**
   * Adds the task's stages from reading the corpus files ({@link #file}) to writing {@code out}'s files; each
   * named count goes into {@code stats}.
   */
  protected abstract void build(Pipeline p, ExperimentConfig c, Path corpusDir, L out, Statistics stats);

  /**
   * {@code data.max_train_pairs} where a split-files task takes it (images, language modelling): the first N
   * lines of the training file; 0 (or absent) = all.
   */
  protected static int firstTrainLines(ExperimentConfig c) {
    return c.data().maxTrainPairs() == null ? 0 : c.data().maxTrainPairs();
  }

  @Override
  public final List<String> corpusFiles(ExperimentConfig c) {
    return PrepareLayout.SPLITS.stream().map(split -> split + extension).toList();
  }

  @Override
  public final List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir) {
    return layout.apply(runDir).outputs();
  }

  @Override
  public final void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir) {
    L out = layout.apply(runDir);
    Statistics stats = new Statistics();
    build(p, c, corpusDir, out, stats);
    stats.writeTo(out.statistics());
  }

  /** The split's corpus file, absolute (the DoFn that reads it may run in another working directory). */
  protected final Path file(Path corpusDir, String split) {
    return corpusDir.toAbsolutePath().resolve(split + extension);
  }

  /**
   * The records {@code read} gives for the split's corpus file, under the step {@code <step>/<split>}. It reads
   * and checks the file whole, so that an error can name any of its lines.
   */
  protected final <T> PCollection<T> read(Pipeline p, Path corpusDir, String split, String step,
      ProcessFunction<Path, List<T>> read, Coder<T> coder) {
    return p.apply("File/" + split, Create.of(file(corpusDir, split).toString()))
        .apply(step + "/" + split, ParDo.of(new ReadFn<>(read)))
        .setCoder(coder);
  }

  /** The read stage's {@code files} parameter, e.g. {@code {train,valid,test}.txt}. */
  protected final String filesParam() {
    return "{" + String.join(",", PrepareLayout.SPLITS) + "}" + extension;
  }

  private static final class ReadFn<T> extends DoFn<String, T> {
    private final ProcessFunction<Path, List<T>> read;

    ReadFn(ProcessFunction<Path, List<T>> read) {
      this.read = read;
    }

    @ProcessElement
    public void process(@Element String file, OutputReceiver<T> out) throws Exception {
      for (T record : read.apply(Path.of(file))) {
        out.output(record);
      }
    }
  }
}
