package org.rdrop.rouge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every setting behind a ROUGE figure, in the spirit of sacreBLEU's signature, e.g. {@code
 * types:rouge1,rouge2,rougeL,rougeLsum|stem:no|tok:rouge-score|sent:newline+<n>|agg:mean|bs:1000|seed:12345|impl:rdrop-0.1.0}:
 * the types; the stemmer ({@code porter-nltk3.8} or {@code no}); the tokenizer (rouge-score's
 * default); how rougeLsum's sentences are found (a newline, or {@code <n>} in an input line); and for a
 * corpus figure the aggregate (mean of per-example scores), the bootstrap's resamples and seed; last,
 * the rdrop version that computed it.
 */
public record RougeSignature(List<RougeType> types, boolean useStemmer, Integer bootstrapSamples, Long seed) {

  /** The signature of per-example scores (no aggregate). */
  public static RougeSignature perExample(List<RougeType> types, boolean useStemmer) {
    return new RougeSignature(types, useStemmer, null, null);
  }

  /** The signature of a corpus mean with its seeded bootstrap interval. */
  public static RougeSignature corpus(List<RougeType> types, boolean useStemmer, int samples, long seed) {
    return new RougeSignature(types, useStemmer, samples, seed);
  }

  public String format() {
    StringBuilder b = new StringBuilder();
    b.append("types:").append(types.stream().map(RougeType::name).collect(Collectors.joining(",")));
    b.append("|stem:").append(useStemmer ? "porter-nltk3.8" : "no");
    b.append("|tok:rouge-score");
    b.append("|sent:newline+<n>");
    if (bootstrapSamples != null) {
      b.append("|agg:mean|bs:").append(bootstrapSamples).append("|seed:").append(seed);
    }
    b.append("|impl:").append(implementation());
    return b.toString();
  }

  /** rdrop and its version ({@code dev} when run from classes rather than the jar). */
  public static String implementation() {
    String v = RougeSignature.class.getPackage().getImplementationVersion();
    return "rdrop-" + (v == null ? "dev" : v);
  }

  @Override
  public String toString() {
    return format();
  }
}
