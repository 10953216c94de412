package org.rdrop.bleu;

import java.util.List;

/**
 * The references of a test set, preprocessed and indexed once so that any number of systems can be
 * scored against them (sacreBLEU's reference cache). Read-only once built: systems can be scored
 * from several threads.
 */
public final class CorpusReferences {
  private final TokenIndex index;
  private final List<SentenceReferences> sentences;
  private final int numRefs;

  CorpusReferences(TokenIndex index, List<SentenceReferences> sentences, int numRefs) {
    this.index = index;
    this.sentences = sentences;
    this.numRefs = numRefs;
  }

  /** The number of sentences. */
  public int size() {
    return sentences.size();
  }

  /** References a sentence, or -1 when that varies (sacreBLEU's {@code nrefs:var}). */
  public int numRefs() {
    return numRefs;
  }

  TokenIndex index() {
    return index;
  }

  SentenceReferences sentence(int i) {
    return sentences.get(i);
  }
}
