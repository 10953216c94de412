package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.trainer.decode.DecodeSettings;
import org.rdrop.trainer.decode.Hypothesis;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.decode.TranslationDecoder;

/**
 * Translates sentences (id, source ids ending with eos) with a trained model: beam search or greedy, in
 * parallel. Emits (id, hypothesis) with the hypothesis as BPE'd symbols ({@link Postprocess#symbols}).
 *
 * <p>Sentences are decoded in groups of up to {@code batchSentences} consecutive ids (key {@code (id - 1)
 * / batchSentences}), sorted by id inside the group. A group depends only on the ids, never on how the
 * runner bundles elements, so outputs do not depend on parallelism; the group size is a setting of its
 * own (the floating-point work of a batch differs in its last bits from one sentence at a time).
 *
 * <p>Each DoFn instance loads the model once ({@code @Setup}) and frees it in {@code @Teardown}. The
 * engine is process-wide; every batch first sets the calling thread's intra-op thread count to the run's
 * (part of its identity), so results do not depend on which thread decodes. Decoding draws no random
 * numbers.
 */
public final class DecodeTestSet extends PTransform<PCollection<KV<Long, int[]>>, PCollection<KV<Long, String>>> {
  private final Job job;

  /** What to decode with: the trainer's run directory of the method, its dictionary, the settings. */
  public record Job(String modelDir, Dictionary dictionary, DecodeSettings settings, int batchSentences)
      implements Serializable {
    public Job {
      if (batchSentences < 1) {
        throw new IllegalArgumentException("batch sentences must be >= 1, got " + batchSentences);
      }
    }
  }

  private DecodeTestSet(Job job) {
    this.job = job;
  }

  public static DecodeTestSet with(Path modelDir, Dictionary dictionary, DecodeSettings settings, int batchSentences) {
    return new DecodeTestSet(
        new Job(modelDir.toAbsolutePath().toString(), dictionary, settings, batchSentences));
  }

  @Override
  public PCollection<KV<Long, String>> expand(PCollection<KV<Long, int[]>> sentences) {
    long size = job.batchSentences();
    return sentences
        .apply("GroupKey", WithKeys.<Long, KV<Long, int[]>>of(s -> Math.floorDiv(s.getKey() - 1, size))
            .withKeyType(TypeDescriptors.longs()))
        .setCoder(KvCoder.of(VarLongCoder.of(), KvCoder.of(VarLongCoder.of(), IntArrayCoder.of())))
        .apply("Groups", GroupByKey.create())
        .apply("Decode", ParDo.of(new DecodeFn(job)))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
  }

  private static final class DecodeFn extends DoFn<KV<Long, Iterable<KV<Long, int[]>>>, KV<Long, String>> {
    /** Engine start-up and model loading are done one instance at a time. */
    private static final Object LOAD_LOCK = new Object();
    private final Job job;
    private transient TrainedModel model;
    private transient TranslationDecoder decoder;

    DecodeFn(Job job) {
      this.job = job;
    }

    @Setup
    public void setup() throws IOException {
      synchronized (LOAD_LOCK) {
        model = TrainedModel.load(Path.of(job.modelDir()));
      }
      decoder = new TranslationDecoder(model);
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<KV<Long, int[]>>> group, OutputReceiver<KV<Long, String>> out) {
      List<KV<Long, int[]>> sentences = new ArrayList<>();
      group.getValue().forEach(sentences::add);
      sentences.sort(Comparator.comparing(KV::getKey));
      for (KV<Long, int[]> s : sentences) {
        try {
          decoder.check(s.getValue());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("sentence " + s.getKey() + ": " + e.getMessage(), e);
        }
      }
      List<Hypothesis> hyps = decoder.best(sentences.stream().map(KV::getValue).toList(), job.settings());
      for (int i = 0; i < sentences.size(); i++) {
        out.output(KV.of(sentences.get(i).getKey(), Postprocess.symbols(hyps.get(i).withoutEos(), job.dictionary())));
      }
    }

    @Teardown
    public void teardown() {
      if (model != null) {
        model.close();
        model = null;
      }
    }
  }
}
