package org.rdrop.pipeline.task.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.batch.BatchByTokens;
import org.rdrop.pipeline.batch.ExampleCoder;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.pipeline.data.ImageCsv;
import org.rdrop.pipeline.prepare.BatchStatistics;
import org.rdrop.pipeline.prepare.Counts;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.SplitFilesPreparation;
import org.rdrop.pipeline.prepare.StageParams;
import org.rdrop.pipeline.prepare.Statistics;
import org.rdrop.pipeline.prepare.WriteSingleton;
import org.rdrop.pipeline.prepare.WriteSplit;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.Specials;

/**
 * Image-classification preparation: read and validate {@code <split>.csv} ({@link ImageCsv}: every field
 * checked, a bad one named by file:line:column), write the examples, the label dictionary (from the
 * training split) and batches of {@code batch.max_sentences} images (translation's {@link TokenBatcher}: all
 * images have one length, so the order within a split is the seeded shuffle key of each image's line).
 * An example is {@code (line, pixels 0..255, [4 + class])}, the trainer's vit convention.
 */
public final class ImagePreparation extends SplitFilesPreparation<ImageLayout> {
  public ImagePreparation() {
    super(".csv", ImageLayout::new);
  }

  @Override
  protected void build(Pipeline p, ExperimentConfig c, Path corpusDir, ImageLayout out, Statistics stats) {
    var m = c.train().model();
    ImageCsv csv = new ImageCsv(m.imageSize() * m.imageSize() * m.channels(), c.images().pixelMax(),
        c.images().classes());
    TokenBatcher batcher = TokenBatcher.of(c, Integer.MAX_VALUE);
    for (String split : PrepareLayout.SPLITS) {
      int first = split.equals(PrepareLayout.TRAIN) ? firstTrainLines(c) : 0;
      PCollection<Example> examples = read(p, corpusDir, split, "ReadCsv", file -> examples(csv.read(file), first),
          ExampleCoder.of());
      stats.add(examples.apply("ClassCounts/" + split, Counts.each("read/" + split, (Example e) ->
          Map.of("images", 1L, "class/" + (e.target()[0] - Specials.COUNT), 1L))));
      if (split.equals(PrepareLayout.TRAIN)) {
        examples
            .apply("Labels", MapElements.into(TypeDescriptors.integers()).via((Example e) -> e.target()[0]))
            .apply("CountLabels", Combine.globally(new LabelCountsFn(c.images().classes())))
            .apply("WriteLabelDictionary", ParDo.of(new WriteSingleton<List<Long>>(out.dictionary(),
                ImagePreparation::writeLabelDictionary)));
      }
      stats.add(examples.apply("Write/" + split, WriteSplit.of(split, out, WriteSplit::idLine,
          BatchByTokens.using(batcher), BatchStatistics.Kind.EXAMPLES)));
    }
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> outputs = outputs(c, runDir);
    return List.of(
        Preparation.stage("read", readParams(c), stats, outputs, runDir),
        Preparation.stage("labels", Preparation.params("class_id", "4 + class"), stats, outputs, runDir),
        Preparation.stage("batch", StageParams.batch(c), stats, outputs, runDir));
  }

  private SortedMap<String, Object> readParams(ExperimentConfig c) {
    var m = c.train().model();
    SortedMap<String, Object> p = Preparation.params("files", filesParam(),
        "pixels", m.imageSize() * m.imageSize() * m.channels(), "pixel_max", c.images().pixelMax(),
        "classes", c.images().classes(), "rescale", "round(v * 255 / pixel_max)");
    if (firstTrainLines(c) > 0) { // absent otherwise, so runs on whole training files keep their records
      p.put("max_train_images", firstTrainLines(c));
    }
    return p;
  }


  /**
   * The examples {@code (line, pixels, [class id])} of a file's images; of only its first {@code first} images
   * (lines) when {@code first > 0}. The whole file was read and checked all the same.
   */
  private static List<Example> examples(List<ImageCsv.Image> images, int first) {
    return images.stream()
        .filter(image -> first == 0 || image.line() <= first)
        .map(image -> new Example(image.line(), image.pixels(), new int[] {image.classId()}))
        .toList();
  }

  /** Per class id, its count; the list is indexed by class (id - 4). */
  static final class LabelCountsFn extends Combine.CombineFn<Integer, List<Long>, List<Long>> {
    private final int classes;

    LabelCountsFn(int classes) {
      this.classes = classes;
    }

    @Override
    public List<Long> createAccumulator() {
      return new ArrayList<>(java.util.Collections.nCopies(classes, 0L));
    }

    @Override
    public List<Long> addInput(List<Long> acc, Integer classId) {
      int k = classId - Specials.COUNT;
      acc.set(k, acc.get(k) + 1);
      return acc;
    }

    @Override
    public List<Long> mergeAccumulators(Iterable<List<Long>> accs) {
      List<Long> out = createAccumulator();
      for (List<Long> a : accs) {
        for (int k = 0; k < classes; k++) {
          out.set(k, out.get(k) + a.get(k));
        }
      }
      return out;
    }

    @Override
    public List<Long> extractOutput(List<Long> acc) {
      return acc;
    }

    @Override
    public Coder<List<Long>> getAccumulatorCoder(CoderRegistry registry, Coder<Integer> input) {
      return ListCoder.of(VarLongCoder.of());
    }

    @Override
    public Coder<List<Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<Integer> input) {
      return ListCoder.of(VarLongCoder.of());
    }
  }

  /** fairseq's dict.txt format ("symbol count"), classes in label order rather than by count. */
  static void writeLabelDictionary(List<Long> counts, Path file) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < counts.size(); k++) {
      sb.append(k).append(' ').append(counts.get(k)).append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }
}
