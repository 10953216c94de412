package org.rdrop.pipeline.text.bpe;

import java.io.Serializable;
import org.rdrop.pipeline.data.SentencePairCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.text.bpe.BpeCodes;
import org.rdrop.text.bpe.BpeSegmenter;

/**
 * Segments keyed lines with BPE codes given as a singleton side input (e.g. {@code
 * View.asSingleton()} of {@link LearnJointBpe}'s output), like apply_bpe.py's {@code
 * process_line}. Keys (line ids, language tags, ...) pass through unchanged. {@link #toPairs}
 * does the same for both sides of sentence pairs.
 */
public final class ApplyBpe<K>
    extends PTransform<PCollection<KV<K, String>>, PCollection<KV<K, String>>> {

  private static final long serialVersionUID = 1L;

  private final PCollectionView<BpeCodes> codes;
  private final String separator;

  private ApplyBpe(PCollectionView<BpeCodes> codes, String separator) {
    this.codes = codes;
    this.separator = separator;
  }

  /** Applies all merges of the side-input codes, with separator {@code @@}. */
  public static <K> ApplyBpe<K> withCodes(PCollectionView<BpeCodes> codes) {
    return new ApplyBpe<>(codes, "@@");
  }

  /** The same with another separator. */
  public ApplyBpe<K> withSeparator(String separator) {
    return new ApplyBpe<>(codes, separator);
  }

  /** Segments source and target of each pair (separator {@code @@}); ids pass through. */
  public static ToPairs toPairs(PCollectionView<BpeCodes> codes) {
    return new ToPairs(codes, "@@");
  }

  @Override
  public PCollection<KV<K, String>> expand(PCollection<KV<K, String>> lines) {
    KvCoder<K, String> inCoder = (KvCoder<K, String>) lines.getCoder();
    return lines
        .apply("SegmentLines", ParDo.of(new SegmentFn<KV<K, String>>(codes, separator,
                (s, line) -> KV.of(line.getKey(), s.processLine(line.getValue()))))
            .withSideInputs(codes))
        .setCoder(KvCoder.of(inCoder.getKeyCoder(), StringUtf8Coder.of()));
  }

  /** {@link ApplyBpe} for sentence pairs. */
  public static final class ToPairs
      extends PTransform<PCollection<SentencePair>, PCollection<SentencePair>> {
    private static final long serialVersionUID = 1L;

    private final PCollectionView<BpeCodes> codes;
    private final String separator;

    private ToPairs(PCollectionView<BpeCodes> codes, String separator) {
      this.codes = codes;
      this.separator = separator;
    }

    /** The same with another separator. */
    public ToPairs withSeparator(String separator) {
      return new ToPairs(codes, separator);
    }

    @Override
    public PCollection<SentencePair> expand(PCollection<SentencePair> pairs) {
      return pairs
          .apply("SegmentPairs", ParDo.of(new SegmentFn<SentencePair>(codes, separator,
                  (s, p) -> p.withText(s.processLine(p.source()), s.processLine(p.target()))))
              .withSideInputs(codes))
          .setCoder(SentencePairCoder.of());
    }
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

  /** The DoFn of both transforms; the output coder is set by the caller. */
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
