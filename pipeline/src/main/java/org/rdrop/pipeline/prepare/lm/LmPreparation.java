package org.rdrop.pipeline.prepare.lm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.StringJoiner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.batch.ExampleCoder;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.data.ReadTextCorpus;
import org.rdrop.pipeline.prepare.BatchStatistics;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.WriteStatistics;
import org.rdrop.pipeline.text.bpe.ApplyBpe;
import org.rdrop.pipeline.text.bpe.LearnJointBpe;
import org.rdrop.pipeline.text.tokenize.TokenizePairs;
import org.rdrop.pipeline.text.vocab.BuildDictionary;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.text.vocab.MapToIds;
import org.rdrop.trainer.data.Example;
import org.rdrop.pipeline.prepare.WriteSplit;

/**
 * Language-model preparation as fairseq-preprocess {@code --only-source} then {@code --task
 * language_modeling --sample-break-mode none}: read and validate {@code <split>.txt}, tokenize each line
 * (Moses, as translation), learn BPE on the training text and apply it, build the dictionary from the
 * segmented training text, map every line to ids with {@code </s>} last, and cut each split's token stream
 * into blocks of {@code language_model.tokens_per_sample} that are batched as translation's examples are.
 * The stages are translation's ({@link TokenizePairs.LineTokenizer}, {@link LearnJointBpe}, {@link ApplyBpe},
 * {@link BuildDictionary}, {@link MapToIds#encode}, {@link TokenBatcher}); there is no cleaning.
 */
public final class LmPreparation implements Preparation {
  @Override
  public List<String> corpusFiles(ExperimentConfig c) {
    return PrepareLayout.SPLITS.stream().map(s -> s + ".txt").toList();
  }

  @Override
  public List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir) {
    return new LmLayout(runDir).outputs();
  }

  @Override
  public void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir) {
    LmLayout out = new LmLayout(runDir);
    List<PCollection<KV<String, Long>>> stats = new ArrayList<>();
    List<PCollection<KV<Long, String>>> corpus = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      PCollection<KV<Long, String>> raw = p.apply("Read/" + split, ReadTextCorpus.of(corpusDir, split));
      stats.add(raw.apply("CountRead/" + split, Count.globally())
          .apply("NameRead/" + split, named("read/" + split + "/lines")));
      corpus.add(raw);
    }
    TextLines text = TextLines.of(corpus, c, out);
    stats.add(text.dictionarySize());
    PCollectionView<Dictionary> dictView = text.dictionary();
    List<PCollection<KV<Long, String>>> segmented = text.segmented();

    int tokensPerSample = c.languageModel().tokensPerSample();
    TokenBatcher batcher = new TokenBatcher(c.batch().maxTokens(), c.batch().maxSentences(),
        c.batch().requiredBatchSizeMultiple(), tokensPerSample, c.train().seed());
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      PCollection<Example> lines = segmented.get(i)
          .apply("MapToIds/" + split, ParDo.of(new ToIdsFn(dictView)).withSideInputs(dictView))
          .setCoder(ExampleCoder.of());
      stats.add(lines.apply("CountTokens/" + split, ParDo.of(new TokenStatsFn("vocab/" + split))));
      stats.add(lines.apply("Write/" + split, WriteSplit.of(split, out, (Example e) -> e.id() + "\t" + join(e.target()),
          BatchTokenBlocks.of(tokensPerSample, batcher), BatchStatistics.Kind.BLOCKS)));
    }
    PCollectionList.of(stats).apply("WriteStatistics", WriteStatistics.to(out.statistics()));
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> outputs = outputs(c, runDir);
    List<RunManifest.Stage> stages = new ArrayList<>();
    stages.add(Preparation.stage("read", Preparation.params("files", "{train,valid,test}.txt"),
        stats, outputs, runDir));
    stages.add(Preparation.stage("tokenize", Preparation.params("lang", c.data().lang(),
        "moses", c.tokenize().moses(), "escape", c.tokenize().escape(), "aggressive_dash",
        c.tokenize().aggressiveDash(), "lowercase", c.tokenize().lowercase()), stats, outputs, runDir));
    stages.add(Preparation.stage("bpe", Preparation.params("merges", c.bpe().merges(), "min_frequency",
        c.bpe().minFrequency(), "compatible_with", "subword-nmt 0.3.9"), stats, outputs, runDir));
    stages.add(Preparation.stage("vocab", Preparation.params("threshold", c.vocab().threshold(),
        "padding_factor", c.vocab().paddingFactor()), stats, outputs, runDir));
    stages.add(Preparation.stage("batch", Preparation.params("sample_break_mode", "none",
        "tokens_per_sample", c.languageModel().tokensPerSample(), "max_tokens", c.batch().maxTokens(),
        "max_sentences", c.batch().maxSentences(), "required_batch_size_multiple",
        c.batch().requiredBatchSizeMultiple(), "seed", c.train().seed()), stats, outputs, runDir));
    return stages;
  }

  private static MapElements<Long, KV<String, Long>> named(String name) {
    return MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
        .via((Long n) -> KV.of(name, n));
  }

  static String join(int[] ids) {
    StringJoiner j = new StringJoiner(" ");
    for (int id : ids) {
      j.add(Integer.toString(id));
    }
    return j.toString();
  }

  private static final class ToIdsFn extends DoFn<KV<Long, String>, Example> {
    private final PCollectionView<Dictionary> dictionary;

    ToIdsFn(PCollectionView<Dictionary> dictionary) {
      this.dictionary = dictionary;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      KV<Long, String> line = c.element();
      c.output(new Example(line.getKey(), new int[0], MapToIds.encode(c.sideInput(dictionary), line.getValue())));
    }
  }

  private static final class TokenStatsFn extends DoFn<Example, KV<String, Long>> {
    private final String prefix;

    TokenStatsFn(String prefix) {
      this.prefix = prefix;
    }

    @ProcessElement
    public void process(@Element Example e, OutputReceiver<KV<String, Long>> out) {
      long unk = 0;
      for (int id : e.target()) {
        unk += id == Dictionary.UNK_ID ? 1 : 0;
      }
      out.output(KV.of(prefix + "/tokens", (long) e.target().length));
      out.output(KV.of(prefix + "/unknown_tokens", unk));
    }
  }
}
