package org.rdrop.pipeline.text.bpe;

import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.pipeline.data.SentencePairCoder;
import org.rdrop.text.bpe.BpeCodes;
import org.rdrop.text.bpe.BpeSegmenter;

/**
 * Segments keyed lines with BPE codes given as a singleton side input (e.g. {@code
 * View.asSingleton()} of {@link LearnJointBpe}'s output), like apply_bpe.py's {@code
 * process_line}. Keys (line ids, language tags, ...) pass through unchanged. {@link #toPairs}
 * does the same for both sides of sentence pairs.
 *
 * @param <T> the element: a keyed line, or a sentence pair
 */
public final class ApplyBpe<T> extends PTransform<PCollection<T>, PCollection<T>> {

  private static final long serialVersionUID = 1L;

  private final PCollectionView<BpeCodes> codes;
  private final String separator;
  private final Segmentation<T> segmentation;
  private final SerializableFunction<Coder<T>, Coder<T>> outputCoder;

  private ApplyBpe(PCollectionView<BpeCodes> codes, String separator, Segmentation<T> segmentation,
      SerializableFunction<Coder<T>, Coder<T>> outputCoder) {
    this.codes = codes;
    this.separator = separator;
    this.segmentation = segmentation;
    this.outputCoder = outputCoder;
  }

  /** Applies all merges of the side-input codes to each line, with separator {@code @@}. */
  public static <K> ApplyBpe<KV<K, String>> withCodes(PCollectionView<BpeCodes> codes) {
    return new ApplyBpe<KV<K, String>>(codes, "@@", (s, line) -> KV.of(line.getKey(), s.processLine(line.getValue())),
        in -> KvCoder.of(((KvCoder<K, String>) in).getKeyCoder(), StringUtf8Coder.of()));
  }

  /** Segments source and target of each pair (separator {@code @@}); ids pass through. */
  public static ApplyBpe<SentencePair> toPairs(PCollectionView<BpeCodes> codes) {
    return new ApplyBpe<>(codes, "@@", (s, p) -> p.withText(s.processLine(p.source()), s.processLine(p.target())),
        in -> SentencePairCoder.of());
  }

  /** The same with another separator. */
  public ApplyBpe<T> withSeparator(String separator) {
    return new ApplyBpe<>(codes, separator, segmentation, outputCoder);
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    return input
        .apply("Segment", ParDo.of(new SegmentFn<>(codes, separator, segmentation)).withSideInputs(codes))
        .setCoder(outputCoder.apply(input.getCoder()));
  }

  /**
   * One segmenter (and so one word cache) per DoFn instance, rebuilt only if the side input
   * changes. Checked by identity first, as equality of codes costs a pass over all merges.
   */
  private static final class Segmenters {
    private final String separator;
    private transient BpeSegmenter segmenter;
    private transient BpeCodes lastSeen;

    Segmenters(String separator) {
      this.separator = separator;
    }

    BpeSegmenter forCodes(BpeCodes codes) {
      if (codes != lastSeen) {
        if (segmenter == null || !segmenter.codes().equals(codes)) {
          segmenter = new BpeSegmenter(codes, separator);
        }
        lastSeen = codes;
      }
      return segmenter;
    }
  }

  /** How an element's text goes through the segmenter: a line, or both sides of a pair. */
  @FunctionalInterface
  interface Segmentation<T> extends Serializable {
    T apply(BpeSegmenter segmenter, T element);
  }

  /** The DoFn of lines and pairs alike; the output coder is set by the transform. */
  static final class SegmentFn<T> extends DoFn<T, T> {
    private static final long serialVersionUID = 1L;

    private final PCollectionView<BpeCodes> codesView;
    private final String separator;
    private final Segmentation<T> segmentation;
    private transient Segmenters segmenters;

    SegmentFn(PCollectionView<BpeCodes> codesView, String separator, Segmentation<T> segmentation) {
      this.codesView = codesView;
      this.separator = separator;
      this.segmentation = segmentation;
    }

    @Setup
    public void setup() {
      segmenters = new Segmenters(separator);
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      c.output(segmentation.apply(segmenters.forCodes(c.sideInput(codesView)), c.element()));
    }
  }
}
