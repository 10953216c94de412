package org.rdrop.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE of one prediction against one target, exactly as rouge-score's
 * {@code RougeScorer(types, use_stemmer).score(target, prediction)} computes it (docs/rouge.md):
 *
 * <ul>
 *   <li>rougeN: n-gram counts of both sides, the overlap clipped per n-gram (the smaller count);
 *       precision = overlap / max(prediction n-grams, 1), recall = overlap / max(target n-grams, 1);
 *   <li>rougeL: the length of the longest common subsequence of the two token lists over the
 *       prediction's and the target's lengths; 0 when either side has no token;
 *   <li>rougeLsum: both texts split at {@code \n} (empty lines dropped), each sentence tokenized; for
 *       each target sentence the union of its tokens on one LCS with each prediction sentence, each
 *       token counted at most as often as it occurs on both sides (ROUGE 1.5.5's rule); hits over the
 *       prediction's and target's token totals; 0 when either side has no sentence or no token.
 * </ul>
 *
 * <p>The LCS read back is the one rouge-score's backtracking picks (equal tokens: diagonal; else left
 * when the left cell is strictly larger, otherwise up), since rougeLsum's union depends on which of
 * several longest subsequences is taken. Safe to share between threads.
 */
public final class RougeScorer {
  private final List<RougeType> types;
  private final RougeTokenizer tokenizer;

  public RougeScorer(List<RougeType> types, boolean useStemmer) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("no ROUGE type");
    }
    this.types = List.copyOf(types);
    this.tokenizer = new RougeTokenizer(useStemmer);
  }

  public List<RougeType> types() {
    return types;
  }

  public boolean usesStemmer() {
    return tokenizer.usesStemmer();
  }

  /** Each type's score, in the order of the types. */
  public Map<String, Score> score(String target, String prediction) {
    Vocabulary vocab = new Vocabulary();
    int[] targetTokens = null;
    int[] predictionTokens = null;
    Map<String, Score> result = new LinkedHashMap<>();
    for (RougeType type : types) {
      if (type.kind() != RougeType.Kind.SUMMARY_LCS && targetTokens == null) {
        targetTokens = vocab.ids(tokenizer.tokenize(target));
        predictionTokens = vocab.ids(tokenizer.tokenize(prediction));
      }
      Score s = switch (type.kind()) {
        case NGRAM -> ngrams(targetTokens, predictionTokens, type.n());
        case LCS -> lcs(targetTokens, predictionTokens);
        case SUMMARY_LCS -> summaryLcs(sentences(target, vocab), sentences(prediction, vocab));
      };
      result.put(type.name(), s);
    }
    return result;
  }

  /** Tokens as small integers, the same within one call of {@link #score}. */
  private static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();

    int[] ids(List<String> tokens) {
      int[] out = new int[tokens.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
      }
      return out;
    }
  }

  private List<int[]> sentences(String text, Vocabulary vocab) {
    List<int[]> out = new ArrayList<>();
    for (String sentence : text.split("\n", -1)) {
      if (!sentence.isEmpty()) {
        out.add(vocab.ids(tokenizer.tokenize(sentence)));
      }
    }
    return out;
  }

  /** An n-gram of token ids, compared by value. */
  private record NGram(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof NGram g && Arrays.equals(ids, g.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }
  }

  private static Map<NGram, Integer> ngramCounts(int[] tokens, int n) {
    Map<NGram, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.length; i++) {
      counts.merge(new NGram(Arrays.copyOfRange(tokens, i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  static Score ngrams(int[] target, int[] prediction, int n) {
    Map<NGram, Integer> t = ngramCounts(target, n);
    Map<NGram, Integer> p = ngramCounts(prediction, n);
    long overlap = 0;
    for (Map.Entry<NGram, Integer> e : t.entrySet()) {
      overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
    }
    long targetCount = Math.max(target.length - n + 1, 0);
    long predictionCount = Math.max(prediction.length - n + 1, 0);
    return Score.of((double) overlap / Math.max(predictionCount, 1), (double) overlap / Math.max(targetCount, 1));
  }

  static Score lcs(int[] target, int[] prediction) {
    if (target.length == 0 || prediction.length == 0) {
      return Score.ZERO;
    }
    // One row at a time: only the length is needed.
    int[] prev = new int[prediction.length + 1];
    int[] row = new int[prediction.length + 1];
    for (int t : target) {
      for (int j = 1; j <= prediction.length; j++) {
        row[j] = t == prediction[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
      }
      int[] swap = prev;
      prev = row;
      row = swap;
    }
    double length = prev[prediction.length];
    return Score.of(length / prediction.length, length / target.length);
  }

  static Score summaryLcs(List<int[]> targetSentences, List<int[]> predictionSentences) {
    if (targetSentences.isEmpty() || predictionSentences.isEmpty()) {
      return Score.ZERO;
    }
    int m = targetSentences.stream().mapToInt(s -> s.length).sum();
    int n = predictionSentences.stream().mapToInt(s -> s.length).sum();
    if (m == 0 || n == 0) {
      return Score.ZERO;
    }
    Map<Integer, Integer> targetCounts = counts(targetSentences);
    Map<Integer, Integer> predictionCounts = counts(predictionSentences);
    long hits = 0;
    for (int[] r : targetSentences) {
      TreeSet<Integer> union = new TreeSet<>();
      for (int[] c : predictionSentences) {
        union.addAll(lcsIndices(r, c));
      }
      for (int i : union) {
        int token = r[i];
        if (predictionCounts.getOrDefault(token, 0) > 0 && targetCounts.getOrDefault(token, 0) > 0) {
          hits++;
          predictionCounts.merge(token, -1, Integer::sum);
          targetCounts.merge(token, -1, Integer::sum);
        }
      }
    }
    return Score.of((double) hits / n, (double) hits / m);
  }

  private static Map<Integer, Integer> counts(List<int[]> sentences) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int[] s : sentences) {
      for (int t : s) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Indices into {@code ref} of the LCS that rouge-score's backtracking reads out. */
  static List<Integer> lcsIndices(int[] ref, int[] can) {
    int[][] t = new int[ref.length + 1][can.length + 1];
    for (int i = 1; i <= ref.length; i++) {
      for (int j = 1; j <= can.length; j++) {
        t[i][j] = ref[i - 1] == can[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    List<Integer> out = new ArrayList<>();
    int i = ref.length;
    int j = can.length;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        out.add(i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out;
  }
}
