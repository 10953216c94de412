package org.rdrop.pipeline.text.tokenize;

import org.rdrop.pipeline.data.SentencePairCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.text.tokenize.Lowercaser;
import org.rdrop.text.tokenize.MosesTokenizer;

/**
 * Normalizes and tokenizes both sides of each pair as fairseq's prepare-iwslt14.sh does: Moses'
 * tokenizer.perl for each side's language, then lowercase.perl when asked. With {@code moses: false} the
 * text is only whitespace-normalized (runs of spaces collapsed, ends trimmed).
 */
public final class TokenizePairs extends PTransform<PCollection<SentencePair>, PCollection<SentencePair>> {
  private final ExperimentConfig.Tokenize options;
  private final String sourceLang;
  private final String targetLang;

  private TokenizePairs(ExperimentConfig.Tokenize options, String sourceLang, String targetLang) {
    this.options = options;
    this.sourceLang = sourceLang;
    this.targetLang = targetLang;
  }

  public static TokenizePairs with(ExperimentConfig.Tokenize options, String sourceLang, String targetLang) {
    return new TokenizePairs(options, sourceLang, targetLang);
  }

  @Override
  public PCollection<SentencePair> expand(PCollection<SentencePair> pairs) {
    return pairs
        .apply("MosesTokenize", ParDo.of(new TokenizeFn(options, sourceLang, targetLang)))
        .setCoder(SentencePairCoder.of());
  }

  private static final class TokenizeFn extends DoFn<SentencePair, SentencePair> {
    private final ExperimentConfig.Tokenize options;
    private final String sourceLang;
    private final String targetLang;
    private transient LineTokenizer source;
    private transient LineTokenizer target;

    TokenizeFn(ExperimentConfig.Tokenize options, String sourceLang, String targetLang) {
      this.options = options;
      this.sourceLang = sourceLang;
      this.targetLang = targetLang;
    }

    @Setup
    public void setup() {
      source = LineTokenizer.of(options, sourceLang);
      target = LineTokenizer.of(options, targetLang);
    }

    @ProcessElement
    public void process(@Element SentencePair pair, OutputReceiver<SentencePair> out) {
      out.output(pair.withText(source.apply(pair.source()), target.apply(pair.target())));
    }
  }

  /** The per-language line function an experiment's tokenize options describe. */
  public interface LineTokenizer {
    String apply(String line);

    static LineTokenizer of(ExperimentConfig.Tokenize options, String lang) {
      LineTokenizer base;
      if (options.moses()) {
        MosesTokenizer moses =
            MosesTokenizer.forLanguage(
                lang,
                MosesTokenizer.Options.DEFAULT
                    .withEscape(options.escape())
                    .withAggressiveDash(options.aggressiveDash()));
        base = moses::tokenize;
      } else {
        base = line -> line.strip().replaceAll("\\s+", " ");
      }
      return options.lowercase() ? line -> Lowercaser.lowercase(base.apply(line)) : base;
    }
  }
}
