package org.rdrop.pipeline.task.lm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.batch.BatchByTokens;
import org.rdrop.pipeline.batch.ExampleCoder;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.pipeline.data.ReadTextCorpus;
import org.rdrop.pipeline.prepare.BatchStatistics;
import org.rdrop.pipeline.prepare.Counts;
import org.rdrop.pipeline.prepare.LmLayout;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.SplitFilesPreparation;
import org.rdrop.pipeline.prepare.StageParams;
import org.rdrop.pipeline.prepare.Statistics;
import org.rdrop.pipeline.prepare.TextLines;
import org.rdrop.pipeline.prepare.WriteSplit;
import org.rdrop.pipeline.text.bpe.ApplyBpe;
import org.rdrop.pipeline.text.bpe.LearnJointBpe;
import org.rdrop.pipeline.text.tokenize.TokenizePairs;
import org.rdrop.pipeline.text.vocab.BuildDictionary;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.text.vocab.MapToIds;
import org.rdrop.trainer.data.Example;

/**
 * Language-model preparation as fairseq-preprocess {@code --only-source} then {@code --task
 * language_modeling --sample-break-mode none}: read and validate {@code <split>.txt}, tokenize each line
 * (Moses, as translation), learn BPE on the training text and apply it, build the dictionary from the
 * segmented training text, map every line to ids with {@code </s>} last, and cut each split's token stream
 * into blocks of {@code language_model.tokens_per_sample} that are batched as translation's examples are.
 * The stages are translation's ({@link TokenizePairs.LineTokenizer}, {@link LearnJointBpe}, {@link ApplyBpe},
 * {@link BuildDictionary}, {@link MapToIds#encode}, {@link TokenBatcher}); there is no cleaning.
 */
public final class LmPreparation extends SplitFilesPreparation<LmLayout> {
  public LmPreparation() {
    super(".txt", LmLayout::new);
  }

  @Override
  protected void build(Pipeline p, ExperimentConfig c, Path corpusDir, LmLayout out, Statistics stats) {
    List<PCollection<KV<Long, String>>> corpus = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      PCollection<KV<Long, String>> raw = p.apply("Read/" + split, ReadTextCorpus.of(file(corpusDir, split)));
      long first = split.equals(PrepareLayout.TRAIN) ? firstTrainLines(c) : 0;
      if (first > 0) { // the whole file is still read and validated; lines are keyed by their 1-based number
        raw = raw.apply("FirstLines/" + split, Filter.by((KV<Long, String> line) -> line.getKey() <= first));
      }
      stats.add(raw.apply("CountRead/" + split, Counts.total("read/" + split + "/lines")));
      corpus.add(raw);
    }
    TextLines text = TextLines.of(corpus, c, out);
    stats.add(text.dictionarySize());
    PCollectionView<Dictionary> dictView = text.dictionary();
    List<PCollection<KV<Long, String>>> segmented = text.segmented();

    int tokensPerSample = c.languageModel().tokensPerSample();
    TokenBatcher batcher = TokenBatcher.of(c, tokensPerSample);
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      PCollection<Example> lines = segmented.get(i)
          .apply("MapToIds/" + split, ParDo.of(new ToIdsFn(dictView)).withSideInputs(dictView))
          .setCoder(ExampleCoder.of());
      stats.add(lines.apply("CountTokens/" + split, Counts.tokens("vocab/" + split)));
      stats.add(lines.apply("Write/" + split, WriteSplit.of(split, out,
          (Example e) -> e.id() + "\t" + WriteSplit.ids(e.target()),
          BatchByTokens.using(batcher, all -> TokenBlocks.cut(TokenBlocks.stream(all), tokensPerSample)),
          BatchStatistics.Kind.BLOCKS)));
    }
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> outputs = outputs(c, runDir);
    List<RunManifest.Stage> stages = new ArrayList<>();
    SortedMap<String, Object> read = Preparation.params("files", filesParam());
    if (firstTrainLines(c) > 0) { // absent otherwise, so runs on whole training files keep their records
      read.put("max_train_lines", firstTrainLines(c));
    }
    stages.add(Preparation.stage("read", read, stats, outputs, runDir));
    stages.add(Preparation.stage("tokenize", StageParams.and(StageParams.tokenize(c), "lang", c.data().lang()),
        stats, outputs, runDir));
    stages.add(Preparation.stage("bpe", StageParams.bpe(c), stats, outputs, runDir));
    stages.add(Preparation.stage("vocab", StageParams.vocab(c), stats, outputs, runDir));
    stages.add(Preparation.stage("batch", StageParams.and(StageParams.batch(c), "sample_break_mode", "none",
        "tokens_per_sample", c.languageModel().tokensPerSample()), stats, outputs, runDir));
    return stages;
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
}
