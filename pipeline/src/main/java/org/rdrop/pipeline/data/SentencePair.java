package org.rdrop.pipeline.data;

import java.io.Serializable;

/**
 * One aligned pair of a parallel corpus.
 *
 * @param id the 1-based line number in the split's files: stable, so every later stage can sort by it
 * @param source source-language text
 * @param target target-language text
 */
public record SentencePair(long id, String source, String target) implements Serializable {
  public SentencePair withText(String newSource, String newTarget) {
    return new SentencePair(id, newSource, newTarget);
  }
}
