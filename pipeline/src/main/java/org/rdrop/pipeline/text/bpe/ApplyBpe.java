package org.rdrop.pipeline.text.bpe;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Segments keyed lines with BPE codes given as a singleton side input (e.g. {@code
 * View.asSingleton()} of {@link LearnJointBpe}'s output), like apply_bpe.py's {@code
 * process_line}. Keys (line ids, language tags, ...) pass through unchanged.
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

  @Override
  public PCollection<KV<K, String>> expand(PCollection<KV<K, String>> lines) {
    KvCoder<K, String> inCoder = (KvCoder<K, String>) lines.getCoder();
    return lines
        .apply("SegmentLines", ParDo.of(new SegmentFn<K>(codes, separator)).withSideInputs(codes))
        .setCoder(KvCoder.of(inCoder.getKeyCoder(), StringUtf8Coder.of()));
  }

  /** Keeps one segmenter (and its word cache) per DoFn instance while the codes stay the same. */
  static final class SegmentFn<K> extends DoFn<KV<K, String>, KV<K, String>> {
    private static final long serialVersionUID = 1L;

    private final PCollectionView<BpeCodes> codesView;
    private final String separator;
    private transient BpeSegmenter segmenter;
    private transient BpeCodes lastSeen; // identity check first: equals is O(merges)

    SegmentFn(PCollectionView<BpeCodes> codesView, String separator) {
      this.codesView = codesView;
      this.separator = separator;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      BpeCodes codes = c.sideInput(codesView);
      if (codes != lastSeen) {
        if (segmenter == null || !segmenter.codes().equals(codes)) {
          segmenter = new BpeSegmenter(codes, separator);
        }
        lastSeen = codes;
      }
      KV<K, String> line = c.element();
      c.output(KV.of(line.getKey(), segmenter.processLine(line.getValue())));
    }
  }
}
