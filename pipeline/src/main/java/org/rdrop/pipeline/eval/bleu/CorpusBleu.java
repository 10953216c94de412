package org.rdrop.pipeline.eval.bleu;

import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Corpus BLEU as a Beam stage: per-sentence sufficient statistics in parallel ({@link
 * SentenceStatistics}), summed by one Combine ({@link SumBleuStats}), scored once. Equal to {@link
 * Bleu#corpusScore} on the same sentences, whatever the runner's parallelism.
 */
public final class CorpusBleu extends PTransform<PCollection<BleuSegment>, PCollection<BleuScore>> {
  private static final long serialVersionUID = 1L;

  private final BleuOptions options;

  private CorpusBleu(BleuOptions options) {
    this.options = options;
  }

  public static CorpusBleu of(BleuOptions options) {
    return new CorpusBleu(options);
  }

  @Override
  public PCollection<BleuScore> expand(PCollection<BleuSegment> segments) {
    Bleu bleu = new Bleu(options);
    return segments
        .apply("SentenceStatistics", SentenceStatistics.of(options))
        .apply("Sum", Combine.globally(new SumBleuStats()))
        .apply("Score", ParDo.of(new DoFn<BleuStats, BleuScore>() {
          private static final long serialVersionUID = 1L;

          @ProcessElement
          public void process(@Element BleuStats stats, OutputReceiver<BleuScore> out) {
            out.output(bleu.score(stats));
          }
        }))
        .setCoder(SerializableCoder.of(BleuScore.class));
  }

  /** Segments to their sentence statistics (each segment on its own: no shared state). */
  public static final class SentenceStatistics extends PTransform<PCollection<BleuSegment>, PCollection<BleuStats>> {
    private static final long serialVersionUID = 1L;
    private final BleuOptions options;

    private SentenceStatistics(BleuOptions options) {
      this.options = options;
    }

    public static SentenceStatistics of(BleuOptions options) {
      return new SentenceStatistics(options);
    }

    @Override
    public PCollection<BleuStats> expand(PCollection<BleuSegment> segments) {
      Bleu bleu = new Bleu(options);
      return segments
          .apply("Match", ParDo.of(new DoFn<BleuSegment, BleuStats>() {
            private static final long serialVersionUID = 1L;

            @ProcessElement
            public void process(@Element BleuSegment s, OutputReceiver<BleuStats> out) {
              try {
                out.output(bleu.sentenceStats(s.hypothesis(), s.references()));
              } catch (Bleu.MissingReferenceException e) {
                throw new IllegalArgumentException("segment " + s.id() + ": no reference", e);
              }
            }
          }))
          .setCoder(BleuCoders.Stats.of());
    }
  }
}
