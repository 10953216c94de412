package org.rdrop.text.bpe;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Learns BPE merges from word counts, with the same result as subword-nmt 0.3.9's learn_bpe.py
 * (byte for byte in the codes file), only faster.
 *
 * <p>Exactness needs more than "merge the most frequent pair": learn_bpe.py prunes its pair
 * statistics for speed, and its bookkeeping has quirks that can change which pair wins. Both are
 * reproduced, see {@link PairStatistics} and the comments below. The result depends only on the
 * counts, never on the order in which they are given.
 */
public final class BpeLearner implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int symbols;
  private final long minFrequency;
  private final boolean totalSymbols;

  /**
   * @param symbols number of merges to learn (learn_bpe.py {@code -s}, default 10000)
   * @param minFrequency stop when no pair is this frequent ({@code --min-frequency}, default 2)
   * @param totalSymbols subtract the number of distinct characters from {@code symbols} ({@code
   *     -t})
   */
  public BpeLearner(int symbols, long minFrequency, boolean totalSymbols) {
    this.symbols = symbols;
    this.minFrequency = minFrequency;
    this.totalSymbols = totalSymbols;
  }

  /** learn_bpe.py's defaults with {@code symbols} merges. */
  public static BpeLearner withSymbols(int symbols) {
    return new BpeLearner(symbols, 2, false);
  }

  public int symbols() {
    return symbols;
  }

  /** Learns from word counts, e.g. {@link WordCounter#counts()}. */
  public BpeCodes learn(Map<String, Long> wordCounts) {
    return learn(wordCounts, message -> {});
  }

  /**
   * Learns from word counts; {@code messages} receives what learn_bpe.py prints on stderr (the
   * reason for stopping early, the {@code -t} arithmetic), one message per call, without newline.
   */
  public BpeCodes learn(Map<String, Long> wordCounts, Consumer<String> messages) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(wordCounts.entrySet());
    return learn(entries, messages);
  }

  /**
   * Learns from (word, count) entries in any order; a word given twice counts with the sum of its
   * counts, as in learn_bpe.py's {@code --dict-input}.
   *
   * @throws IllegalArgumentException for an empty word or one holding a space or line break
   */
  public BpeCodes learn(
      List<? extends Map.Entry<String, Long>> wordCounts, Consumer<String> messages) {
    Map<String, Long> summed = new HashMap<>();
    for (Map.Entry<String, Long> e : wordCounts) {
      String w = e.getKey();
      if (w.isEmpty() || w.indexOf(' ') >= 0 || w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "not a word (empty, or holds a space or line break): '" + w + "'");
      }
      summed.merge(w, e.getValue(), Long::sum);
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(summed.entrySet());
    // learn_bpe.py sorts by count; ties keep corpus order. The result does not depend on that
    // order (every step is a sum or a max over a total order), so a full sort is free to choose.
    sorted.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey, PythonText::compare));
    return new Run(sorted, messages).learn();
  }

  /** The state of one learning run: learn_bpe.py's vocabulary, statistics and main loop. */
  private final class Run {
    private final Consumer<String> messages;
    private final SymbolTable table = new SymbolTable();
    private final PairStatistics pairs = new PairStatistics(table);
    private final int[][] words;
    private final long[] freqs;
    /** Words holding a character that Python's regex \s matches: see {@link #replaceWithRegex}. */
    private final boolean[] hasPythonSpace;

    Run(List<Map.Entry<String, Long>> vocab, Consumer<String> messages) {
      this.messages = messages;
      int n = vocab.size();
      words = new int[n][];
      freqs = new long[n];
      hasPythonSpace = new boolean[n];
      for (int j = 0; j < n; j++) {
        String w = vocab.get(j).getKey();
        words[j] = toSymbols(w);
        freqs[j] = vocab.get(j).getValue();
        hasPythonSpace[j] = PythonText.containsSpace(w);
      }
    }

    /** The word's code points, the last one with {@code </w>} attached. */
    private int[] toSymbols(String w) {
      int[] out = new int[PythonText.length(w)];
      int k = 0;
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        int next = i + Character.charCount(cp);
        String s = w.substring(i, next);
        out[k++] = table.intern(next == w.length() ? s + BpeCodes.END_OF_WORD : s);
        i = next;
      }
      return out;
    }

    BpeCodes learn() {
      List<String[]> merges = new ArrayList<>();
      // get_pair_statistics
      for (int j = 0; j < words.length; j++) {
        int[] w = words[j];
        for (int i = 1; i < w.length; i++) {
          int p = pairs.pair(w[i - 1], w[i]);
          pairs.add(p, freqs[j]);
          pairs.addToIndex(p, j, 1);
        }
      }
      pairs.copyStatsToBig();

      int numSymbols = symbols;
      if (totalSymbols) {
        numSymbols -= countCharacters();
      }
      if (pairs.statsEmpty()) {
        // learn_bpe.py fails here (max of an empty sequence) after writing the header line.
        messages.accept("no symbol pairs in the vocabulary: nothing to learn");
        return BpeCodes.of(merges);
      }
      // Python: max(...) / 10, int true division, correctly rounded like this double division.
      double threshold = pairs.maxValue() / 10.0;
      int best = -1;
      for (int i = 0; i < numSymbols; i++) {
        if (!pairs.statsEmpty()) {
          best = pairs.best();
        }
        // The best pair may have been pruned: go back to the full statistics.
        if (pairs.statsEmpty() || (i != 0 && pairs.get(best) < threshold)) {
          pairs.prune(threshold);
          pairs.restoreFromBig();
          if (pairs.statsEmpty()) {
            messages.accept("no symbol pairs left: stopping");
            break;
          }
          best = pairs.best();
          threshold = (double) (pairs.get(best) * i) / (i + 10000.0);
          pairs.prune(threshold);
        }
        // A read of a pruned pair re-creates it at 0 (defaultdict), as in Python.
        if (pairs.get(best) < minFrequency) {
          messages.accept("no pair has frequency >= " + minFrequency + ". Stopping");
          break;
        }
        String left = table.string(pairs.left(best));
        String right = table.string(pairs.right(best));
        merges.add(new String[] {left, right});
        int merged = table.intern(left + right);
        int[] changed = replacePair(best, merged);
        updatePairStatistics(best, merged, changed);
        pairs.set(best, 0);
        if (i % 100 == 0) {
          pairs.prune(threshold);
        }
      }
      return BpeCodes.of(merges);
    }

    /** learn_bpe.py's {@code -t}: distinct word-internal plus distinct word-final symbols. */
    private int countCharacters() {
      Set<Integer> internal = new HashSet<>();
      Set<Integer> last = new HashSet<>();
      for (int[] w : words) {
        for (int i = 0; i < w.length - 1; i++) {
          internal.add(w[i]);
        }
        last.add(w[w.length - 1]);
      }
      messages.accept("Number of word-internal characters: " + internal.size());
      messages.accept("Number of word-final characters: " + last.size());
      messages.accept("Reducing number of merge operations by " + (internal.size() + last.size()));
      return internal.size() + last.size();
    }

    /** Old symbol arrays of the words changed by the last {@link #replacePair}, by word id. */
    private int[][] oldWords = new int[0][];

    /**
     * {@code replace_pair}: rewrites every word that the index lists for {@code pair} (count at
     * least 1; the index can be stale, and such words are "changed" without change). Returns the
     * ids of the changed words; their previous symbols are kept in {@link #oldWords}.
     */
    private int[] replacePair(int pair, int merged) {
      IntCounts idx = pairs.index(pair);
      if (idx == null) {
        return new int[0];
      }
      int[] keys = idx.keySlots();
      int[] counts = idx.countSlots();
      IntList changed = new IntList(idx.size());
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] >= 0 && counts[s] >= 1) {
          changed.add(keys[s]);
        }
      }
      int[] ids = changed.toArray();
      if (oldWords.length < ids.length) {
        oldWords = new int[Math.max(ids.length, oldWords.length * 2)][];
      }
      int left = pairs.left(pair);
      int right = pairs.right(pair);
      for (int k = 0; k < ids.length; k++) {
        int j = ids[k];
        int[] old = words[j];
        oldWords[k] = old;
        words[j] =
            hasPythonSpace[j]
                ? replaceWithRegex(old, left, right)
                : replaceAdjacent(old, left, right, merged);
      }
      return ids;
    }

    /**
     * The merge for words without Python whitespace: learn_bpe.py's regex {@code (?<!\S)A B(?!\S)}
     * on the space-joined symbols can then only match whole adjacent symbols, left to right,
     * without overlap.
     */
    private int[] replaceAdjacent(int[] w, int left, int right, int merged) {
      int n = w.length;
      int hits = 0;
      for (int i = 0; i < n - 1; i++) {
        if (w[i] == left && w[i + 1] == right) {
          hits++;
          i++;
        }
      }
      if (hits == 0) {
        return w;
      }
      int[] out = new int[n - hits];
      int k = 0;
      int i = 0;
      while (i < n) {
        if (i < n - 1 && w[i] == left && w[i + 1] == right) {
          out[k++] = merged;
          i += 2;
        } else {
          out[k++] = w[i++];
        }
      }
      return out;
    }

    /**
     * The merge for words with Python whitespace inside symbols (no-break space, tab, ...): the
     * regex's {@code \S} look-arounds then also accept those characters as boundaries, so a match
     * can start or end inside a symbol. Emulated on the joined string, then split on spaces.
     */
    private int[] replaceWithRegex(int[] w, int left, int right) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(table.string(w[i]));
      }
      String joined = sb.toString();
      String leftStr = table.string(left);
      String rightStr = table.string(right);
      String pattern = leftStr + ' ' + rightStr;
      StringBuilder out = new StringBuilder(joined.length());
      int copied = 0;
      int from = 0;
      while (true) {
        int q = joined.indexOf(pattern, from);
        if (q < 0) {
          break;
        }
        int e = q + pattern.length();
        boolean boundaryBefore = q == 0 || PythonText.isSpace(joined.charAt(q - 1));
        boolean boundaryAfter = e == joined.length() || PythonText.isSpace(joined.charAt(e));
        if (boundaryBefore && boundaryAfter) {
          out.append(joined, copied, q).append(leftStr).append(rightStr);
          copied = e;
          from = e;
        } else {
          from = q + 1;
        }
      }
      if (copied == 0) {
        return w.clone();
      }
      out.append(joined, copied, joined.length());
      IntList symbols = new IntList();
      int start = 0;
      for (int i = 0; i <= out.length(); i++) {
        if (i == out.length() || out.charAt(i) == ' ') {
          symbols.add(table.intern(out.substring(start, i)));
          start = i + 1;
        }
      }
      return symbols.toArray();
    }

    /**
     * {@code update_pair_statistics}: adjusts the counts of the pairs around each merge. Kept as
     * in learn_bpe.py, including that the second scan looks for any symbol equal to the merged
     * string, also one that was already in the word before this merge (then its neighbours are
     * counted again).
     */
    private void updatePairStatistics(int pair, int merged, int[] changed) {
      pairs.set(pair, 0);
      pairs.clearIndex(pair);
      int first = pairs.left(pair);
      int second = pairs.right(pair);
      for (int k = 0; k < changed.length; k++) {
        int j = changed[k];
        int[] old = oldWords[k];
        oldWords[k] = null;
        int[] word = words[j];
        long freq = freqs[j];

        int n = old.length;
        int i = 0;
        while (true) {
          while (i < n && old[i] != first) {
            i++;
          }
          if (i >= n) {
            break;
          }
          if (i < n - 1 && old[i + 1] == second) {
            // A B C with B C merged: one A B fewer.
            if (i > 0) {
              int prev = pairs.pair(old[i - 1], old[i]);
              pairs.add(prev, -freq);
              pairs.addToIndex(prev, j, -1);
            }
            // A B C B with B C merged: one C B fewer, unless it is B C B C (counted above).
            if (i < n - 2) {
              if (old[i + 2] != first || i >= n - 3 || old[i + 3] != second) {
                int nex = pairs.pair(old[i + 1], old[i + 2]);
                pairs.add(nex, -freq);
                pairs.addToIndex(nex, j, -1);
              }
            }
            i += 2;
          } else {
            i += 1;
          }
        }

        int m = word.length;
        i = 0;
        while (true) {
          while (i < m && word[i] != merged) {
            i++;
          }
          if (i >= m) {
            break;
          }
          // A BC D: one A BC more.
          if (i > 0) {
            int prev = pairs.pair(word[i - 1], word[i]);
            pairs.add(prev, freq);
            pairs.addToIndex(prev, j, 1);
          }
          // A BC B: one BC B more, unless it is BC BC (counted as the next occurrence's prev).
          if (i < m - 1 && word[i + 1] != merged) {
            int nex = pairs.pair(word[i], word[i + 1]);
            pairs.add(nex, freq);
            pairs.addToIndex(nex, j, 1);
          }
          i += 1;
        }
      }
    }
  }
}
