package org.rdrop.pipeline.task.sentences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.batch.BatchByTokens;
import org.rdrop.pipeline.batch.ExampleCoder;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.pipeline.data.GlueTsv;
import org.rdrop.pipeline.prepare.BatchStatistics;
import org.rdrop.pipeline.prepare.Counts;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.SplitFilesPreparation;
import org.rdrop.pipeline.prepare.StageParams;
import org.rdrop.pipeline.prepare.Statistics;
import org.rdrop.pipeline.prepare.WriteSplit;
import org.rdrop.pipeline.prepare.LmLayout;
import org.rdrop.pipeline.prepare.TextLines;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.text.vocab.MapToIds;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.RegressionTarget;
import org.rdrop.trainer.data.Specials;

/**
 * Sentence classification and regression preparation, as fairseq's {@code sentence_prediction} inputs: read and
 * validate {@code <split>.tsv} ({@link GlueTsv}), tokenize each sentence (Moses, as the other text tasks), learn
 * BPE on the training sentences and apply it, build the dictionary from the segmented training sentences, and
 * make each example's source RoBERTa's way: {@code <s> A </s>} or, for a pair, {@code <s> A </s> </s> B </s>}
 * (the first position is the head's [CLS]), cut to {@code train.model.max_positions} ids (counted as
 * {@code truncated}); its target is the class id, or the value in the two ids of {@link RegressionTarget}. Batches as translation's
 * ({@link TokenBatcher}). The files are those of language modeling ({@link LmLayout}): {@code <split>.tok} and
 * {@code <split>.bpe} hold one sentence a line (a pair's two sentences on consecutive lines), and
 * {@code <split>.ids.tsv} holds {@code <line>\t<source ids>\t<class id or value>}.
 */
public final class SentencePreparation extends SplitFilesPreparation<LmLayout> {
  public SentencePreparation() {
    super(".tsv", LmLayout::new);
  }

  @Override
  protected void build(Pipeline p, ExperimentConfig c, Path corpusDir, LmLayout out, Statistics stats) {
    GlueTsv tsv = new GlueTsv(c.sentences());
    boolean regression = tsv.regression();
    List<PCollection<GlueTsv.Row>> rows = new ArrayList<>();
    List<PCollection<KV<Long, String>>> sentences = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      PCollection<GlueTsv.Row> read = read(p, corpusDir, split, "ReadTsv", tsv::read,
          SerializableCoder.of(GlueTsv.Row.class));
      stats.add(read.apply("CountRead/" + split,
          Counts.each("read/" + split, (GlueTsv.Row r) -> readCounts(r, regression))));
      rows.add(read);
      sentences.add(read.apply("Sentences/" + split, ParDo.of(new SentencesFn()))
          .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())));
    }
    TextLines text = TextLines.of(sentences, c, out);
    stats.add(text.dictionarySize());
    PCollectionView<Dictionary> dictView = text.dictionary();
    List<PCollection<KV<Long, String>>> segmented = text.segmented();

    TokenBatcher batcher = TokenBatcher.of(c, Integer.MAX_VALUE);
    SerializableFunction<Example, String> idLine = idLine(tsv.regression());
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      // A map-side join (side inputs): the direct runner groups thousands of keys slowly.
      PCollectionView<Map<Long, List<Integer>>> targets = rows.get(i)
          .apply("Targets/" + split, MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(),
                  TypeDescriptors.lists(TypeDescriptors.integers())))
              .via((GlueTsv.Row r) -> KV.of(r.line(), Arrays.stream(r.target()).boxed().toList())))
          .apply("TargetsView/" + split, View.asMap());
      PCollectionView<Map<Long, String>> seconds = segmented.get(i)
          .apply("Seconds/" + split, Filter.by((KV<Long, String> s) -> s.getKey() % 2 == 1))
          .apply("SecondsView/" + split, View.asMap());
      PCollectionTuple joined = segmented.get(i)
          .apply("Firsts/" + split, Filter.by((KV<Long, String> s) -> s.getKey() % 2 == 0))
          .apply("ToIds/" + split, ParDo.of(new ToExampleFn(dictView, targets, seconds,
                  c.train().model().maxPositions(), "vocab/" + split)).withSideInputs(dictView, targets, seconds)
              .withOutputTags(ToExampleFn.EXAMPLES, TupleTagList.of(ToExampleFn.STATS)));
      PCollection<Example> examples = joined.get(ToExampleFn.EXAMPLES).setCoder(ExampleCoder.of());
      stats.add(joined.get(ToExampleFn.STATS).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
      stats.add(examples.apply("Write/" + split, WriteSplit.of(split, out, idLine, BatchByTokens.using(batcher),
          BatchStatistics.Kind.EXAMPLES)));
    }
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> outputs = outputs(c, runDir);
    ExperimentConfig.Sentences s = c.sentences();
    SortedMap<String, Object> read = Preparation.params("files", filesParam(), "format",
        "GLUE TSV (tab-separated, unquoted)", "header", s.header(), "sentence1_column", s.sentence1(),
        "label_column", s.label());
    if (s.sentence2() != null) {
      read.put("sentence2_column", s.sentence2());
    }
    read.put("labels", s.labels() != null ? s.labels() : "a decimal value (regression)");
    return List.of(
        Preparation.stage("read", read, stats, outputs, runDir),
        Preparation.stage("tokenize", StageParams.and(StageParams.tokenize(c), "lang", c.data().lang()), stats,
            outputs, runDir),
        Preparation.stage("bpe", StageParams.bpe(c), stats, outputs, runDir),
        Preparation.stage("vocab", StageParams.and(StageParams.vocab(c), "source", "<s> A </s> [</s> B </s>]",
            "max_positions", c.train().model().maxPositions()), stats, outputs, runDir),
        Preparation.stage("batch", StageParams.batch(c), stats, outputs, runDir));
  }

  /** The ids file's line: {@code <line>\t<source ids>\t<class id, or the value for a regression>}. */
  static SerializableFunction<Example, String> idLine(boolean regression) {
    return e -> e.id() + "\t" + WriteSplit.ids(e.source()) + "\t" + (regression ? Float.toString(RegressionTarget.value(e.target(), 0)) : Integer.toString(e.target()[0]));
  }

  /**
   * The source of one example: {@code <s>}, the first sentence's ids ({@code </s>} last), then for a pair
   * {@code </s>} and the second's.
   */
  static int[] source(Dictionary dict, String first, String second) {
    int[] a = MapToIds.encode(dict, first);
    int[] b = second == null ? new int[0] : MapToIds.encode(dict, second);
    int[] out = new int[1 + a.length + (second == null ? 0 : 1 + b.length)];
    out[0] = Specials.BOS;
    System.arraycopy(a, 0, out, 1, a.length);
    if (second != null) {
      out[1 + a.length] = Specials.EOS;
      System.arraycopy(b, 0, out, 2 + a.length, b.length);
    }
    return out;
  }

  /** Each sentence keyed by 2 * line (+ 1 for a pair's second sentence). */
  private static final class SentencesFn extends DoFn<GlueTsv.Row, KV<Long, String>> {
    @ProcessElement
    public void process(@Element GlueTsv.Row r, OutputReceiver<KV<Long, String>> out) {
      out.output(KV.of(2 * r.line(), r.sentence1()));
      if (r.sentence2() != null) {
        out.output(KV.of(2 * r.line() + 1, r.sentence2()));
      }
    }
  }

  /** A first sentence (keyed 2 * line) with its pair's second sentence and its target: the example. */
  private static final class ToExampleFn extends DoFn<KV<Long, String>, Example> {
    static final TupleTag<Example> EXAMPLES = new TupleTag<>() {};
    static final TupleTag<KV<String, Long>> STATS = new TupleTag<>() {};
    private final PCollectionView<Dictionary> dictionary;
    private final PCollectionView<Map<Long, List<Integer>>> targets;
    private final PCollectionView<Map<Long, String>> seconds;
    private final int maxPositions;
    private final String prefix;

    ToExampleFn(PCollectionView<Dictionary> dictionary, PCollectionView<Map<Long, List<Integer>>> targets,
        PCollectionView<Map<Long, String>> seconds, int maxPositions, String prefix) {
      this.dictionary = dictionary;
      this.targets = targets;
      this.seconds = seconds;
      this.maxPositions = maxPositions;
      this.prefix = prefix;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long line = c.element().getKey() / 2;
      int[] t = c.sideInput(targets).get(line).stream().mapToInt(Integer::intValue).toArray();
      String second = c.sideInput(seconds).get(2 * line + 1);
      int[] whole = source(c.sideInput(dictionary), c.element().getValue(), second);
      int[] ids = whole.length > maxPositions ? Arrays.copyOf(whole, maxPositions) : whole;
      c.output(new Example(line, ids, t));
      c.output(STATS, KV.of(prefix + "/tokens", (long) ids.length));
      c.output(STATS, KV.of(prefix + "/unknown_tokens", Arrays.stream(ids).filter(id -> id == Dictionary.UNK_ID).count()));
      c.output(STATS, KV.of(prefix + "/truncated", whole.length > maxPositions ? 1L : 0L));
    }
  }

  /** A row's sentences, one example, and for a classification its class. */
  private static Map<String, Long> readCounts(GlueTsv.Row r, boolean regression) {
    Map<String, Long> counts = new HashMap<>();
    counts.put("sentences", r.sentence2() == null ? 1L : 2L);
    counts.put("examples", 1L);
    if (!regression) {
      counts.put("class/" + (r.target()[0] - Specials.COUNT), 1L);
    }
    return counts;
  }
}
