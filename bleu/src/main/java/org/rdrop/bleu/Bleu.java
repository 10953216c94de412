package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rdrop.bleu.significance.StatsMetric;

/**
 * BLEU exactly as sacreBLEU 2.6.0 computes it ({@code sacrebleu.metrics.BLEU}): each sentence is
 * lowercased (optionally), right-stripped, tokenized and split on whitespace; its statistics are
 * the clipped n-gram matches against all its references and the reference length closest to its
 * own; corpus BLEU is computed from the sum of the sentences' statistics.
 *
 * <p>A null reference is absent: a sentence may have fewer references than others, which makes the
 * signature say {@code nrefs:var}. An empty string is a reference with no words (sacreBLEU 2.6.0
 * keeps it, so a short hypothesis may be measured against length 0). A sentence without any
 * reference is an error (sacreBLEU fails on it too).
 */
public final class Bleu implements Serializable {
  private static final long serialVersionUID = 1L;

  private final BleuOptions options;
  private final BleuTokenizer tokenizer;

  public Bleu(BleuOptions options) {
    this.options = options;
    this.tokenizer = BleuTokenizer.forName(options.tokenize());
  }

  public BleuOptions options() {
    return options;
  }

  /** sacreBLEU's {@code _preprocess_segment}: lowercase if asked, right-strip, tokenize. */
  public String preprocess(String sentence) {
    if (options.lowercase()) {
      sentence = PythonStrings.lower(sentence);
    }
    return tokenizer.tokenize(PythonStrings.rstrip(sentence));
  }

  /** The tokens BLEU counts n-grams over. */
  public List<String> tokens(String sentence) {
    if (options.lowercase()) {
      sentence = PythonStrings.lower(sentence);
    }
    return tokenizer.tokens(PythonStrings.rstrip(sentence));
  }

  /**
   * Indexes the references. {@code streams}: one list per reference set, each parallel to the
   * hypotheses (sacreBLEU's {@code references} argument).
   */
  public CorpusReferences prepareReferences(List<? extends List<String>> streams) {
    if (streams.isEmpty()) {
      throw new IllegalArgumentException("no reference stream");
    }
    int size = streams.get(0).size();
    for (int k = 1; k < streams.size(); k++) {
      if (streams.get(k).size() != size) {
        throw new IllegalArgumentException(
            "reference stream " + (k + 1) + " has " + streams.get(k).size() + " sentences, stream 1 has " + size);
      }
    }
    List<List<String>> bySentence = new ArrayList<>(size);
    TreeSet<Integer> counts = new TreeSet<>();
    for (int i = 0; i < size; i++) {
      List<String> refs = new ArrayList<>(streams.size());
      for (List<String> stream : streams) {
        if (stream.get(i) != null) {
          refs.add(stream.get(i));
        }
      }
      if (refs.isEmpty()) {
        throw new MissingReferenceException(i);
      }
      counts.add(refs.size());
      bySentence.add(refs);
    }
    // Tokenizing is most of the work and independent per sentence; interning stays sequential so
    // that ids do not depend on thread timing.
    List<List<List<String>>> tokenized = IntStream.range(0, size).parallel()
        .mapToObj(i -> tokenizeReferences(bySentence.get(i), i))
        .collect(Collectors.toList());
    TokenIndex index = new TokenIndex();
    List<int[][]> ids = new ArrayList<>(size);
    for (List<List<String>> t : tokenized) {
      ids.add(SentenceReferences.intern(t, index));
    }
    // Each sentence's n-grams from its ids alone: in parallel.
    List<SentenceReferences> sentences = ids.parallelStream().map(SentenceReferences::ofIds).collect(Collectors.toList());
    int numRefs = counts.size() == 1 ? counts.first() : counts.isEmpty() ? streams.size() : -1;
    return new CorpusReferences(index, sentences, numRefs);
  }

  private List<List<String>> tokenizeReferences(List<String> refs, int sentence) {
    List<List<String>> tokenized = new ArrayList<>(refs.size());
    for (String r : refs) {
      if (r != null) {
        tokenized.add(tokens(r));
      }
    }
    if (tokenized.isEmpty()) {
      throw new MissingReferenceException(sentence);
    }
    return tokenized;
  }

  /** The statistics of every hypothesis; {@code hypotheses} must be parallel to the references. */
  public BleuStats[] sentenceStats(List<String> hypotheses, CorpusReferences refs) {
    if (hypotheses.size() != refs.size()) {
      throw new IllegalArgumentException(
          hypotheses.size() + " hypotheses but " + refs.size() + " reference sentences");
    }
    // The index is only read here, so sentences can be matched in parallel: in chunks, each with
    // its own buffers. Each result goes to its own slot, so the order of work does not matter.
    BleuStats[] stats = new BleuStats[hypotheses.size()];
    int chunks = (stats.length + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      Matching m = new Matching();
      for (int i = c * CHUNK, end = Math.min(stats.length, i + CHUNK); i < end; i++) {
        stats[i] = m.stats(hypotheses.get(i), refs.sentence(i), refs.index());
      }
    });
    return stats;
  }

  /** Sentences matched by one task: enough to amortise a task, few enough to spread over cores. */
  private static final int CHUNK = 512;

  /**
   * One thread's matching of hypotheses: preprocessing as {@link #tokens}, but the tokens go
   * straight from the tokenizer's characters to their ids, and buffers are reused.
   */
  private final class Matching {
    private final SentenceReferences.Scratch scratch = new SentenceReferences.Scratch();
    private final Tokenizer13a.Work work = new Tokenizer13a.Work();

    BleuStats stats(String hypothesis, SentenceReferences refs, TokenIndex index) {
      String line = hypothesis;
      if (options.lowercase()) {
        line = PythonStrings.lower(line);
      }
      line = PythonStrings.rstrip(line);
      char[] chars;
      int length;
      if (tokenizer instanceof Tokenizer13a) {
        length = Tokenizer13a.substitute(line, work);
        chars = work.result;
      } else {
        chars = tokenizer.tokenize(line).toCharArray();
        length = chars.length;
      }
      // PythonStrings.split, with an id for each token instead of a String.
      int[] ids = scratch.tokenIds(length / 2 + 1);
      int count = 0;
      int i = 0;
      while (i < length) {
        while (i < length && isSpace(chars[i])) {
          i++;
        }
        int start = i;
        while (i < length && !isSpace(chars[i])) {
          i++;
        }
        if (i > start) {
          ids[count++] = index.find(chars, start, i);
        }
      }
      return refs.match(count, scratch);
    }
  }

  /** {@link PythonStrings#isSpace}, with printable ASCII decided here: it runs on every character. */
  private static boolean isSpace(char c) {
    return (c <= ' ' || c >= 0x85) && PythonStrings.isSpace(c);
  }

  /** The statistics of one hypothesis against its references, on its own (no shared index). */
  public BleuStats sentenceStats(String hypothesis, List<String> references) {
    TokenIndex index = new TokenIndex();
    SentenceReferences refs = SentenceReferences.of(tokenizeReferences(references, 0), index);
    return refs.match(tokens(hypothesis), index);
  }

  /** BLEU from (summed) statistics, with these options' smoothing and effective order. */
  public BleuScore score(BleuStats stats) {
    return BleuScore.of(stats, options.smoothMethod(), options.smoothValue(), options.effectiveOrder());
  }

  /** Corpus BLEU: sacreBLEU's {@code corpus_score(hypotheses, references)}. */
  public BleuScore corpusScore(List<String> hypotheses, List<? extends List<String>> referenceStreams) {
    CorpusReferences refs = prepareReferences(referenceStreams);
    return score(BleuStats.sum(List.of(sentenceStats(hypotheses, refs))));
  }

  /**
   * Corpus BLEU with these options as a metric of summed sentence statistics ({@link BleuStats#rows}),
   * the form the significance tests resample.
   */
  public StatsMetric metric() {
    return sum -> score(BleuStats.of(sum)).score();
  }

  public BleuSignature signature(int numRefs) {
    return BleuSignature.of(options, numRefs);
  }

  /** A sentence without any reference. */
  public static final class MissingReferenceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int sentence;

    MissingReferenceException(int sentence) {
      super("sentence " + (sentence + 1) + ": no reference (all are null)");
      this.sentence = sentence;
    }

    /** 0-based index of the sentence. */
    public int sentence() {
      return sentence;
    }
  }
}
