package org.rdrop.pipeline.prepare;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.text.bpe.ApplyBpe;
import org.rdrop.pipeline.text.bpe.LearnJointBpe;
import org.rdrop.pipeline.text.tokenize.TokenizeLines;
import org.rdrop.pipeline.text.vocab.BuildDictionary;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.text.bpe.BpeCodes;

/**
 * The text steps of a corpus of keyed lines, shared by language modelling and the sentence tasks (a sentence a
 * line): each split tokenized (Moses, {@code <split>.tok}), BPE learned on the training lines
 * ({@code bpe.codes}) and applied to every split ({@code <split>.bpe}), the dictionary of the segmented
 * training lines ({@code dict.txt}), all in {@link LmLayout}'s files.
 *
 * @param segmented each split's segmented lines, in {@link PrepareLayout#SPLITS} order
 * @param dictionary the dictionary, as a side input for mapping to ids
 * @param dictionarySize {@code vocab/size} for statistics.tsv
 */
public record TextLines(List<PCollection<KV<Long, String>>> segmented, PCollectionView<Dictionary> dictionary,
    PCollection<KV<String, Long>> dictionarySize) {

  /** Applies the steps to {@code lines}, each split's lines in {@link PrepareLayout#SPLITS} order. */
  public static TextLines of(List<PCollection<KV<Long, String>>> lines, ExperimentConfig c, LmLayout out) {
    List<PCollection<KV<Long, String>>> tokenized = new ArrayList<>();
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      PCollection<KV<Long, String>> tok = lines.get(i)
          .apply("Tokenize/" + split, ParDo.of(new TokenizeLines(c.tokenize(), c.data().lang())))
          .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
      tok.apply("WriteTokenized/" + split, WriteSortedLines.to(out.tokenized(split)));
      tokenized.add(tok);
    }

    PCollection<BpeCodes> codes = tokenized.get(0)
        .apply("TrainText", Values.create())
        .apply("LearnBpe", LearnJointBpe.of(c.bpe().merges(), c.bpe().minFrequency()));
    codes.apply("WriteCodes", ParDo.of(new WriteSingleton<BpeCodes>(out.codes(), LearnJointBpe::write)));
    PCollectionView<BpeCodes> codesView = codes.apply("CodesView", View.asSingleton());
    List<PCollection<KV<Long, String>>> segmented = new ArrayList<>();
    for (int i = 0; i < PrepareLayout.SPLITS.size(); i++) {
      String split = PrepareLayout.SPLITS.get(i);
      PCollection<KV<Long, String>> bpe = tokenized.get(i).apply("ApplyBpe/" + split, ApplyBpe.<Long>withCodes(codesView));
      bpe.apply("WriteSegmented/" + split, WriteSortedLines.to(out.segmented(split)));
      segmented.add(bpe);
    }

    PCollection<Dictionary> dict = segmented.get(0)
        .apply("SegmentedTrainText", Values.create())
        .apply("BuildDictionary", BuildDictionary.withThreshold(c.vocab().threshold(), c.vocab().paddingFactor()));
    dict.apply("WriteDictionary", ParDo.of(new WriteSingleton<Dictionary>(out.dictionary(), Dictionary::write)));
    PCollection<KV<String, Long>> size = dict.apply("DictionarySize",
        MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((Dictionary d) -> KV.of("vocab/size", (long) d.size())));
    return new TextLines(segmented, dict.apply("DictionaryView", View.asSingleton()), size);
  }
}
