package org.rdrop.pipeline.text.vocab;

import org.rdrop.pipeline.batch.ExampleCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.trainer.data.Example;

/**
 * Maps segmented pairs to token ids with the dictionary (a side input), appending {@code </s>} to both
 * sides as fairseq's binarizer does; unknown tokens become {@code <unk>}.
 */
public final class MapToIds extends PTransform<PCollection<SentencePair>, PCollection<Example>> {
  private final PCollectionView<Dictionary> dictionary;

  private MapToIds(PCollectionView<Dictionary> dictionary) {
    this.dictionary = dictionary;
  }

  public static MapToIds using(PCollectionView<Dictionary> dictionary) {
    return new MapToIds(dictionary);
  }

  @Override
  public PCollection<Example> expand(PCollection<SentencePair> pairs) {
    return pairs
        .apply("LookUpIds", ParDo.of(new ToIdsFn(dictionary)).withSideInputs(dictionary))
        .setCoder(ExampleCoder.of());
  }

  /** Ids of one line, {@code </s>} last. */
  public static int[] encode(Dictionary dict, String line) {
    var tokens = FairseqTokens.split(line);
    int[] ids = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      ids[i] = dict.id(tokens.get(i));
    }
    ids[tokens.size()] = Dictionary.EOS_ID;
    return ids;
  }

  private static final class ToIdsFn extends DoFn<SentencePair, Example> {
    private final PCollectionView<Dictionary> dictionary;

    ToIdsFn(PCollectionView<Dictionary> dictionary) {
      this.dictionary = dictionary;
    }

    @ProcessElement
    public void process(@Element SentencePair pair, ProcessContext c) {
      Dictionary dict = c.sideInput(dictionary);
      c.output(new Example(pair.id(), encode(dict, pair.source()), encode(dict, pair.target())));
    }
  }
}
