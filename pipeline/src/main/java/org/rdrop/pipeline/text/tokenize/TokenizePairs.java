package org.rdrop.pipeline.text.tokenize;

import org.rdrop.pipeline.data.SentencePairCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.data.SentencePair;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.rdrop.rouge.SentenceBreaks;
import org.rdrop.text.tokenize.Lowercaser;
import org.rdrop.text.tokenize.MosesTokenizer;

/**
 * Normalizes and tokenizes both sides of each pair as fairseq's prepare-iwslt14.sh does: Moses'
 * tokenizer.perl for each side's language, then lowercase.perl when asked. With {@code moses: false} the
 * text is only whitespace-normalized (runs of spaces collapsed, ends trimmed). With
 * {@link #keepingSentenceBreaks} (summarization), each {@code <n>} of a line is a sentence break: the
 * sentences between them are tokenized one by one and joined with {@code " <n> "}, so the marker survives
 * as a token of its own (Moses would escape it) and blank sentences disappear.
 */
public final class TokenizePairs extends PTransform<PCollection<SentencePair>, PCollection<SentencePair>> {
  private final ExperimentConfig.Tokenize options;
  private final String sourceLang;
  private final String targetLang;
  private final boolean sentenceBreaks;

  private TokenizePairs(ExperimentConfig.Tokenize options, String sourceLang, String targetLang,
      boolean sentenceBreaks) {
    this.options = options;
    this.sourceLang = sourceLang;
    this.targetLang = targetLang;
    this.sentenceBreaks = sentenceBreaks;
  }

  public static TokenizePairs with(ExperimentConfig.Tokenize options, String sourceLang, String targetLang) {
    return new TokenizePairs(options, sourceLang, targetLang, false);
  }

  /** The same, keeping each {@code <n>} sentence break as a token (see the class comment). */
  public TokenizePairs keepingSentenceBreaks() {
    return new TokenizePairs(options, sourceLang, targetLang, true);
  }

  @Override
  public PCollection<SentencePair> expand(PCollection<SentencePair> pairs) {
    return pairs
        .apply("MosesTokenize", ParDo.of(new TokenizeFn(options, sourceLang, targetLang, sentenceBreaks)))
        .setCoder(SentencePairCoder.of());
  }

  private static final class TokenizeFn extends DoFn<SentencePair, SentencePair> {
    private final ExperimentConfig.Tokenize options;
    private final String sourceLang;
    private final String targetLang;
    private final boolean sentenceBreaks;
    private transient LineTokenizer source;
    private transient LineTokenizer target;

    TokenizeFn(ExperimentConfig.Tokenize options, String sourceLang, String targetLang, boolean sentenceBreaks) {
      this.options = options;
      this.sourceLang = sourceLang;
      this.targetLang = targetLang;
      this.sentenceBreaks = sentenceBreaks;
    }

    @Setup
    public void setup() {
      source = LineTokenizer.of(options, sourceLang);
      target = LineTokenizer.of(options, targetLang);
      if (sentenceBreaks) {
        source = LineTokenizer.keepingSentenceBreaks(source);
        target = LineTokenizer.keepingSentenceBreaks(target);
      }
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

    /** {@code sentence} applied to each sentence between {@code <n>} markers, rejoined with {@code " <n> "}. */
    static LineTokenizer keepingSentenceBreaks(LineTokenizer sentence) {
      return line -> {
        StringJoiner out = new StringJoiner(" " + SentenceBreaks.MARKER + " ");
        for (String s : line.split(Pattern.quote(SentenceBreaks.MARKER), -1)) {
          String t = sentence.apply(s).strip();
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
        return out.toString();
      };
    }
  }
}
