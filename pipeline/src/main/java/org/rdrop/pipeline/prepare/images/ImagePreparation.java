package org.rdrop.pipeline.prepare.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.StringJoiner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.batch.BatchByTokens;
import org.rdrop.pipeline.batch.ExampleCoder;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.data.ImageCsv;
import org.rdrop.pipeline.prepare.BatchStatistics;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.WriteStatistics;
import org.rdrop.trainer.data.Example;
import org.rdrop.pipeline.prepare.WriteSingleton;
import org.rdrop.pipeline.prepare.WriteSplit;

/**
 * Image-classification preparation: read and validate {@code <split>.csv} ({@link ImageCsv}: every field
 * checked, a bad one named by file:line:column), write the examples, the label dictionary (from the
 * training split) and batches of {@code batch.max_sentences} images (translation's {@link TokenBatcher}: all
 * images have one length, so the order within a split is the seeded shuffle key of each image's line).
 * An example is {@code (line, pixels 0..255, [4 + class])}, the trainer's vit convention.
 */
public final class ImagePreparation implements Preparation {
  @Override
  public List<String> corpusFiles(ExperimentConfig c) {
    return PrepareLayout.SPLITS.stream().map(s -> s + ".csv").toList();
  }

  @Override
  public List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir) {
    return new ImageLayout(runDir).outputs();
  }

  @Override
  public void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir) {
    ImageLayout out = new ImageLayout(runDir);
    var m = c.train().model();
    ImageCsv csv = new ImageCsv(m.imageSize() * m.imageSize() * m.channels(), c.images().pixelMax(),
        c.images().classes());
    TokenBatcher batcher = new TokenBatcher(c.batch().maxTokens(), c.batch().maxSentences(),
        c.batch().requiredBatchSizeMultiple(), Integer.MAX_VALUE, c.train().seed());
    List<PCollection<KV<String, Long>>> stats = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      PCollection<Example> examples = p
          .apply("File/" + split, Create.of(corpusDir.toAbsolutePath().resolve(split + ".csv").toString()))
          .apply("ReadCsv/" + split,
              ParDo.of(new ReadFn(csv, split.equals(PrepareLayout.TRAIN) ? firstImages(c) : 0)))
          .setCoder(ExampleCoder.of());
      stats.add(examples.apply("ClassCounts/" + split, ParDo.of(new ClassStatsFn("read/" + split))));
      if (split.equals(PrepareLayout.TRAIN)) {
        examples
            .apply("Labels", MapElements.into(TypeDescriptors.integers()).via((Example e) -> e.target()[0]))
            .apply("CountLabels", Combine.globally(new LabelCountsFn(c.images().classes())))
            .apply("WriteLabelDictionary", ParDo.of(new WriteSingleton<List<Long>>(out.dictionary(),
                ImagePreparation::writeLabelDictionary)));
      }
      stats.add(examples.apply("Write/" + split, WriteSplit.of(split, out,
          (Example e) -> e.id() + "\t" + join(e.source()) + "\t" + join(e.target()), BatchByTokens.using(batcher),
          BatchStatistics.Kind.EXAMPLES)));
    }
    PCollectionList.of(stats).apply("WriteStatistics", WriteStatistics.to(out.statistics()));
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> outputs = outputs(c, runDir);
    var m = c.train().model();
    return List.of(
        Preparation.stage("read", readParams(c), stats, outputs, runDir),
        Preparation.stage("labels", Preparation.params("class_id", "4 + class"), stats, outputs, runDir),
        Preparation.stage("batch", Preparation.params("max_tokens", c.batch().maxTokens(),
            "max_sentences", c.batch().maxSentences(), "required_batch_size_multiple",
            c.batch().requiredBatchSizeMultiple(), "seed", c.train().seed()), stats, outputs, runDir));
  }

  private static SortedMap<String, Object> readParams(ExperimentConfig c) {
    var m = c.train().model();
    SortedMap<String, Object> p = Preparation.params("files", "{train,valid,test}.csv",
        "pixels", m.imageSize() * m.imageSize() * m.channels(), "pixel_max", c.images().pixelMax(),
        "classes", c.images().classes(), "rescale", "round(v * 255 / pixel_max)");
    if (firstImages(c) > 0) { // absent otherwise, so runs on whole training files keep their records
      p.put("max_train_images", firstImages(c));
    }
    return p;
  }

  static String join(int[] ids) {
    StringJoiner j = new StringJoiner(" ");
    for (int id : ids) {
      j.add(Integer.toString(id));
    }
    return j.toString();
  }

  /** {@code data.max_train_pairs} for images: the first N training images; 0 (or absent) = all. */
  static int firstImages(ExperimentConfig c) {
    return c.data().maxTrainPairs() == null ? 0 : c.data().maxTrainPairs();
  }

  private static final class ReadFn extends DoFn<String, Example> {
    private final ImageCsv csv;
    private final int first;

    /** @param first read only the first {@code first} images (lines); 0 = all */
    ReadFn(ImageCsv csv, int first) {
      this.csv = csv;
      this.first = first;
    }

    @ProcessElement
    public void process(@Element String file, OutputReceiver<Example> out) throws Exception {
      for (ImageCsv.Image image : csv.read(Path.of(file))) {
        if (first > 0 && image.line() > first) {
          break; // the whole file was read and checked; only its first lines are training examples
        }
        out.output(new Example(image.line(), image.pixels(), new int[] {image.classId()}));
      }
    }
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
      int k = classId - org.rdrop.trainer.data.Specials.COUNT;
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


  private static final class ClassStatsFn extends DoFn<Example, KV<String, Long>> {
    private final String prefix;

    ClassStatsFn(String prefix) {
      this.prefix = prefix;
    }

    @ProcessElement
    public void process(@Element Example e, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(prefix + "/images", 1L));
      out.output(KV.of(prefix + "/class/" + (e.target()[0] - org.rdrop.trainer.data.Specials.COUNT), 1L));
    }
  }
}
