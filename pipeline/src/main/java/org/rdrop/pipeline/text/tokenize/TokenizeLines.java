package org.rdrop.pipeline.text.tokenize;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.rdrop.config.ExperimentConfig;

/** Tokenizes keyed lines of one language as the experiment's {@code tokenize} options say (the key is kept). */
public final class TokenizeLines extends DoFn<KV<Long, String>, KV<Long, String>> {
  private final ExperimentConfig.Tokenize options;
  private final String lang;
  private transient TokenizePairs.LineTokenizer tokenizer;

  public TokenizeLines(ExperimentConfig.Tokenize options, String lang) {
    this.options = options;
    this.lang = lang;
  }

  @Setup
  public void setup() {
    tokenizer = TokenizePairs.LineTokenizer.of(options, lang);
  }

  @ProcessElement
  public void process(@Element KV<Long, String> line, OutputReceiver<KV<Long, String>> out) {
    out.output(KV.of(line.getKey(), tokenizer.apply(line.getValue())));
  }
}
