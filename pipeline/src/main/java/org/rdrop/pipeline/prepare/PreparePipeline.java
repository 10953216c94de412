package org.rdrop.pipeline.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.PairSides;
import org.rdrop.pipeline.batch.BatchByTokens;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.pipeline.data.CleanCorpus;
import org.rdrop.pipeline.data.ReadParallelCorpus;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.pipeline.text.bpe.ApplyBpe;
import org.rdrop.pipeline.text.bpe.LearnJointBpe;
import org.rdrop.pipeline.text.tokenize.TokenizePairs;
import org.rdrop.pipeline.text.vocab.BuildDictionary;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.text.vocab.FairseqTokens;
import org.rdrop.pipeline.text.vocab.MapToIds;
import org.rdrop.text.bpe.BpeCodes;
import org.rdrop.trainer.data.Example;

/**
 * The data half of a run as one Beam pipeline: read and validate, tokenize, clean, learn and apply joint
 * BPE, build the dictionary, map to ids and batch, for the train, valid and test splits. Every output is a
 * file under {@code data/} ({@link PrepareLayout}); named counts go to {@code data/statistics.tsv}.
 * Translation's stages, and summarization's with {@link Pairs#SUMMARIZATION}.
 */
public final class PreparePipeline {
  private PreparePipeline() {}

  /**
   * What differs between the tasks that prepare pairs.
   *
   * @param sentenceBreaks {@code <n>} in a line is a sentence break, kept as a token of its own
   * @param truncateSource sources of more ids are truncated to this many ({@code </s>} kept); 0 = never
   *     (translation's batching skips pairs that do not fit)
   */
  public record Pairs(boolean sentenceBreaks, boolean truncateSource) {
    public static final Pairs TRANSLATION = new Pairs(false, false);
    /** CNN/DailyMail files, documents truncated to the model's positions (fairseq's --truncate-source). */
    public static final Pairs SUMMARIZATION = new Pairs(true, true);
  }

  /** Adds translation's preparation stages to {@code p}; the caller runs it. */
  public static void build(Pipeline p, ExperimentConfig config, Path corpusDir, Path runDir) {
    build(p, config, corpusDir, runDir, Pairs.TRANSLATION);
  }

  /** Adds the preparation stages to {@code p}; the caller runs it. */
  public static void build(Pipeline p, ExperimentConfig config, Path corpusDir, Path runDir, Pairs pairs) {
    PairSides sides = PairSides.of(config);
    PrepareLayout out = new PrepareLayout(runDir, sides.source(), sides.target());
    String src = sides.source();
    String tgt = sides.target();
    Statistics stats = new Statistics();

    // Read, tokenize and clean each split.
    List<PCollection<SentencePair>> kept = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      boolean train = split.equals(PrepareLayout.TRAIN);
      PCollection<SentencePair> raw =
          p.apply("Read/" + split,
              ReadParallelCorpus.of(corpusDir, split, src, tgt, train ? config.data().maxTrainPairs() : 0));
      stats.add(raw.apply("CountRead/" + split, Counts.total("read/" + split + "/pairs")));
      TokenizePairs tokenize = TokenizePairs.with(config.tokenize(), sides.sourceLang(), sides.targetLang());
      PCollection<SentencePair> tokenized =
          raw.apply("Tokenize/" + split, pairs.sentenceBreaks() ? tokenize.keepingSentenceBreaks() : tokenize);
      ExperimentConfig.Clean c = config.data().clean();
      CleanCorpus.Rules rules =
          train
              ? new CleanCorpus.Rules(true, c.minTokens(), c.maxTokens(), c.lengthRatio())
              : CleanCorpus.Rules.emptyOnly();
      PCollectionTuple cleaned = tokenized.apply("Clean/" + split, CleanCorpus.with(rules));
      PCollection<SentencePair> good = cleaned.get(CleanCorpus.KEPT);
      kept.add(good);
      stats.add(good.apply("CountKept/" + split, Counts.total("clean/" + split + "/kept")));
      stats.add(
          cleaned
              .get(CleanCorpus.DROPPED)
              .apply("CountDropped/" + split, Count.perElement())
              .apply("NameDropped/" + split,
                  MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                      .via((KV<String, Long> kv) -> KV.of("clean/" + split + "/dropped/" + kv.getKey(), kv.getValue()))));
      writeSides(good, out.tokenized(split, src), out.tokenized(split, tgt), "WriteTokenized/" + split);
    }

    // Joint BPE learned on the training text of both languages.
    PCollection<SentencePair> trainPairs = kept.get(0);
    PCollection<String> trainText = bothSides(trainPairs, "TrainText");
    PCollection<BpeCodes> codes =
        trainText.apply("LearnJointBpe", LearnJointBpe.of(config.bpe().merges(), config.bpe().minFrequency()));
    codes.apply("WriteCodes", ParDo.of(new WriteSingleton<BpeCodes>(out.codes(), LearnJointBpe::write)));
    PCollectionView<BpeCodes> codesView = codes.apply("CodesView", View.asSingleton());

    List<PCollection<SentencePair>> segmented = new ArrayList<>();
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      PCollection<SentencePair> bpe = kept.get(i).apply("ApplyBpe/" + split, ApplyBpe.toPairs(codesView));
      segmented.add(bpe);
      writeSides(bpe, out.segmented(split, src), out.segmented(split, tgt), "WriteSegmented/" + split);
    }

    // Joined dictionary from the segmented training text, then ids and batches for every split.
    PCollection<Dictionary> dict =
        bothSides(segmented.get(0), "SegmentedTrainText")
            .apply("BuildDictionary",
                BuildDictionary.withThreshold(config.vocab().threshold(), config.vocab().paddingFactor()));
    dict.apply("WriteDictionary", ParDo.of(new WriteSingleton<Dictionary>(out.dictionary(), Dictionary::write)));
    stats.add(dict.apply("DictionarySize",
        MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((Dictionary d) -> KV.of("vocab/size", (long) d.size()))));
    PCollectionView<Dictionary> dictView = dict.apply("DictionaryView", View.asSingleton());

    TokenBatcher batcher = TokenBatcher.of(config, config.train().model().maxPositions());
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      MapToIds toIds = MapToIds.using(dictView);
      if (pairs.truncateSource()) {
        int maxIds = config.train().model().maxPositions();
        toIds = toIds.truncatingSource(maxIds);
        stats.add(segmented.get(i).apply("CountTruncated/" + split,
            Counts.each("vocab/" + split, (SentencePair sp) ->
                Map.of("truncated_sources", FairseqTokens.split(sp.source()).size() + 1 > maxIds ? 1L : 0L))));
      }
      PCollection<Example> ids = segmented.get(i).apply("MapToIds/" + split, toIds);
      stats.add(ids.apply("CountUnknown/" + split, Counts.tokens("vocab/" + split)));
      stats.add(ids.apply("Write/" + split, WriteSplit.of(split, out, WriteSplit::idLine,
          BatchByTokens.using(batcher), BatchStatistics.Kind.PAIRS)));
    }

    stats.writeTo(out.statistics());
  }

  private static PCollection<String> bothSides(PCollection<SentencePair> pairs, String name) {
    PCollection<String> s = pairs.apply(name + "/Source", MapElements.into(TypeDescriptors.strings()).via(SentencePair::source));
    PCollection<String> t = pairs.apply(name + "/Target", MapElements.into(TypeDescriptors.strings()).via(SentencePair::target));
    return PCollectionList.of(s).and(t).apply(name + "/Both", Flatten.pCollections());
  }

  private static void writeSides(PCollection<SentencePair> pairs, Path source, Path target, String name) {
    pairs.apply(name + "/SourceLines",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.strings()))
                .via((SentencePair sp) -> KV.of(sp.id(), sp.source())))
        .apply(name + "/Source", WriteSortedLines.to(source));
    pairs.apply(name + "/TargetLines",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.strings()))
                .via((SentencePair sp) -> KV.of(sp.id(), sp.target())))
        .apply(name + "/Target", WriteSortedLines.to(target));
  }
}
