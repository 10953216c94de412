package org.rdrop.pipeline.text.tokenize;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.data.SentencePair;
import org.rdrop.pipeline.data.SentencePairCoder;

class TokenizePairsTest {

  @Test
  void tokenizesEachSideInItsLanguageThenLowercases() {
    // Expected by tokenizer.perl's rules: punctuation split off, "'s" split in English (en rule),
    // "¿" and "?" split off in Spanish, the apostrophe escaped as &apos; (escaping on), then lowercase.
    ExperimentConfig.Tokenize options = new ExperimentConfig.Tokenize(true, true, false, true);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    var out =
        p.apply(
                Create.of(new SentencePair(7, "God's Word, now.", "¿Dónde está Abel?"))
                    .withCoder(SentencePairCoder.of()))
            .apply(TokenizePairs.with(options, "en", "es"));
    PAssert.that(out)
        .containsInAnyOrder(new SentencePair(7, "god &apos;s word , now .", "¿ dónde está abel ?"));
    p.run().waitUntilFinish();
  }

  @Test
  void withoutMosesOnlyWhitespaceIsNormalized() {
    ExperimentConfig.Tokenize options = new ExperimentConfig.Tokenize(false, true, false, false);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    var out =
        p.apply(Create.of(new SentencePair(1, "  A  b. ", "C\td")).withCoder(SentencePairCoder.of()))
            .apply(TokenizePairs.with(options, "en", "es"));
    PAssert.that(out).containsInAnyOrder(new SentencePair(1, "A b.", "C d"));
    p.run().waitUntilFinish();
  }
}
