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
 * sides as fairseq's binarizer does; unknown tokens become {@code <unk>}. With {@link #truncatingSource},
 * a longer source keeps its first tokens, as fairseq's {@code --truncate-source} (summarization: documents
 * are cut to the model's positions rather than dropped).
 */
public final class MapToIds extends PTransform<PCollection<SentencePair>, PCollection<Example>> {
  private final PCollectionView<Dictionary> dictionary;
  private final int maxSource;

  private MapToIds(PCollectionView<Dictionary> dictionary, int maxSource) {
    this.dictionary = dictionary;
    this.maxSource = maxSource;
  }

  public static MapToIds using(PCollectionView<Dictionary> dictionary) {
    return new MapToIds(dictionary, 0);
  }

  /**
   * Sources of more than {@code maxIds} ids ({@code </s>} included) keep their first {@code maxIds - 1}
   * tokens and {@code </s>}: fairseq's {@code AppendTokenDataset(TruncateDataset(strip eos, max - 1), eos)}.
   */
  public MapToIds truncatingSource(int maxIds) {
    if (maxIds < 2) {
      throw new IllegalArgumentException("a truncated source needs room for a token and </s>, got " + maxIds);
    }
    return new MapToIds(dictionary, maxIds);
  }

  @Override
  public PCollection<Example> expand(PCollection<SentencePair> pairs) {
    return pairs
        .apply("LookUpIds", ParDo.of(new ToIdsFn(dictionary, maxSource)).withSideInputs(dictionary))
        .setCoder(ExampleCoder.of());
  }

  /** {@code ids} (ending with {@code </s>}) cut to at most {@code maxIds} ids, {@code </s>} kept last. */
  public static int[] truncate(int[] ids, int maxIds) {
    if (ids.length <= maxIds) {
      return ids;
    }
    int[] out = java.util.Arrays.copyOf(ids, maxIds);
    out[maxIds - 1] = Dictionary.EOS_ID;
    return out;
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
    private final int maxSource;

    ToIdsFn(PCollectionView<Dictionary> dictionary, int maxSource) {
      this.dictionary = dictionary;
      this.maxSource = maxSource;
    }

    @ProcessElement
    public void process(@Element SentencePair pair, ProcessContext c) {
      Dictionary dict = c.sideInput(dictionary);
      int[] source = encode(dict, pair.source());
      c.output(new Example(pair.id(), maxSource > 0 ? truncate(source, maxSource) : source,
          encode(dict, pair.target())));
    }
  }
}
