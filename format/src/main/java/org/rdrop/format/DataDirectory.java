package org.rdrop.format;

import java.nio.file.Path;

/**
 * {@code <run>/data/}: what preparation writes. Every task writes {@link #dictionary}, {@link #ids},
 * {@link #batches} and {@link #statistics} under the same names, because training and evaluation read
 * them whatever the task; the text tasks add their tokenized and BPE files.
 */
public record DataDirectory(Path root) {
  /** The dictionary's name: fairseq's {@code dict.txt}, one symbol and its count a line. */
  public static final String DICTIONARY = "dict.txt";

  /** The ending of a split's batch file, {@code <split>.batches} (the trainer's {@code BatchFile} format). */
  public static final String BATCHES = ".batches";

  public Path dictionary() {
    return root.resolve(DICTIONARY);
  }

  public Path ids(String split) {
    return root.resolve(split + ".ids.tsv");
  }

  public Path batches(String split) {
    return root.resolve(batchesFile(split));
  }

  /** The name of a split's batch file in {@code data/}. */
  public static String batchesFile(String split) {
    return split + BATCHES;
  }

  public Path statistics() {
    return root.resolve("statistics.tsv");
  }

  public Path bpeCodes() {
    return root.resolve("bpe.codes");
  }

  /** Translation: a split's Moses-tokenized side {@code lang}. */
  public Path tokenized(String split, String lang) {
    return root.resolve(split + ".tok." + lang);
  }

  /** Translation: a split's BPE-encoded side {@code lang}. */
  public Path bpe(String split, String lang) {
    return root.resolve(split + ".bpe." + lang);
  }

  /** Language modelling: a split's tokenized text. */
  public Path tokenized(String split) {
    return root.resolve(split + ".tok");
  }

  /** Language modelling: a split's BPE-encoded text. */
  public Path bpe(String split) {
    return root.resolve(split + ".bpe");
  }
}
