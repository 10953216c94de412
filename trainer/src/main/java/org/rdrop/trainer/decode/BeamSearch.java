package org.rdrop.trainer.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rdrop.trainer.data.Specials;

/**
 * Beam search as fairseq's {@code SequenceGenerator} with {@code search.BeamSearch} (fairseq 0.10 to
 * 0.12, and the 1.0.0a0 snapshot the R-Drop code ships), for several sentences at once. Per sentence and
 * step s (0-based; the prefix holds s + 1 tokens, the leading eos included):
 *
 * <ol>
 *   <li>The model's log-probabilities are adjusted: NaN becomes -inf, pad is never chosen, eos is barred
 *       below the min length (1 by default: not at step 0), at s = max length only eos is allowed, and
 *       with n-gram blocking the tokens that would repeat an n-gram of the prefix are barred
 *       ({@link TokenConstraints}).
 *   <li>Candidates are (beam, token) pairs scored by the beam's cumulative score plus the token's
 *       log-probability (float32 addition); at step 0 only the first beam counts, since all beams are
 *       equal. The best {@code min(2 * beam, candidates - 1)} are kept, best first; equal scores are
 *       ordered by beam then token id (torch.topk leaves ties unspecified).
 *   <li>Each eos with a finite score among the first {@code beam} candidates finishes a hypothesis, in
 *       candidate order, until the sentence has {@code beam} of them. Its score is the cumulative score
 *       divided by (s + 1) ^ lenpen, the length counting the eos.
 *   <li>The sentence is done when it has {@code beam} finished hypotheses or s = max length. Otherwise
 *       the first {@code beam} candidates that are not such an eos become the new beams.
 * </ol>
 *
 * A sentence's finished hypotheses come back best first (a stable sort, so equal scores keep the order
 * in which they finished). fairseq stops a sentence as soon as {@code beam} hypotheses have finished,
 * even if a live beam could still score better; so does this.
 */
public final class BeamSearch {
  private BeamSearch() {}

  /**
   * Decodes the scorer's sentences (one row each at the start).
   *
   * @param maxLens per sentence, the most tokens before eos (see {@link DecodeSettings#maxLength})
   * @return per sentence its finished hypotheses, best first
   */
  public static List<List<Hypothesis>> search(StepScorer scorer, int[] maxLens, int beam, double lengthPenalty) {
    return search(scorer, maxLens, beam, lengthPenalty, TokenConstraints.DEFAULT);
  }

  /** {@link #search(StepScorer, int[], int, double)} with a min length and n-gram blocking. */
  public static List<List<Hypothesis>> search(StepScorer scorer, int[] maxLens, int beam, double lengthPenalty,
      TokenConstraints constraints) {
    int vocab = scorer.vocab();
    // fairseq caps the beam at V - 1 (pad is never chosen); a beam above V - 2 could leave fewer live
    // candidates than beams at step 0, a corner fairseq handles with machinery this port leaves out.
    int beamSize = Math.min(beam, vocab - 1);
    if (beamSize > vocab - 2) {
      throw new IllegalArgumentException("beam " + beam + " is too large for a vocabulary of " + vocab);
    }
    List<Sentence> active = new ArrayList<>();
    for (int i = 0; i < maxLens.length; i++) {
      if (maxLens[i] < constraints.minLen()) {
        throw new IllegalArgumentException(
            "sentence " + i + ": max length " + maxLens[i] + " is below the min length " + constraints.minLen());
      }
      active.add(new Sentence(i, maxLens[i], beamSize, lengthPenalty, constraints, vocab));
    }
    List<List<Hypothesis>> results = new ArrayList<>(maxLens.length);
    for (int i = 0; i < maxLens.length; i++) {
      results.add(null);
    }
    for (int step = 0; !active.isEmpty(); step++) {
      int[][] prefixes = active.stream().flatMap(s -> Arrays.stream(s.prefixes)).toArray(int[][]::new);
      float[] logProbs = scorer.next(prefixes);
      if (logProbs.length != prefixes.length * vocab) {
        throw new IllegalStateException("scorer returned " + logProbs.length + " values for " + prefixes.length
            + " rows of " + vocab);
      }
      List<Sentence> next = new ArrayList<>();
      List<Integer> keep = new ArrayList<>();
      int row = 0;
      for (Sentence s : active) {
        int rows = s.prefixes.length;
        int[] chosen = s.step(step, logProbs, row, vocab);
        if (chosen == null) {
          results.set(s.index, s.finished());
        } else {
          next.add(s);
          for (int b : chosen) {
            keep.add(row + b);
          }
        }
        row += rows;
      }
      active = next;
      if (!active.isEmpty()) {
        scorer.reorder(keep.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return results;
  }

  /** One sentence's beams and finished hypotheses. */
  private static final class Sentence {
    final int index;
    final int maxLen;
    final int beam;
    final double lengthPenalty;
    final TokenConstraints constraints;
    final boolean[] banned;
    int[][] prefixes = {{Specials.EOS}};
    float[] scores = {0f};
    final List<Hypothesis> finished = new ArrayList<>();

    Sentence(int index, int maxLen, int beam, double lengthPenalty, TokenConstraints constraints, int vocab) {
      this.index = index;
      this.maxLen = maxLen;
      this.beam = beam;
      this.lengthPenalty = lengthPenalty;
      this.constraints = constraints;
      this.banned = new boolean[vocab];
    }

    /**
     * One step over this sentence's rows [row, row + rows) of {@code lp}; returns the beams (local row
     * indices) the new beams extend, or null when the sentence is done.
     */
    int[] step(int step, float[] lp, int row, int vocab) {
      int rows = prefixes.length;
      int k = (int) Math.min(2L * beam, (long) rows * vocab - 1);
      Candidates top = new Candidates(k);
      for (int b = 0; b < rows; b++) {
        int base = (row + b) * vocab;
        boolean blocking = constraints.blocked(prefixes[b], step, banned);
        for (int v = 0; v < vocab; v++) {
          float x = allowed(step, v) && !(blocking && banned[v]) ? lp[base + v] : Float.NEGATIVE_INFINITY;
          if (Float.isNaN(x)) {
            x = Float.NEGATIVE_INFINITY;
          }
          top.offer(step == 0 ? x : x + scores[b], b, v);
        }
      }
      boolean finishedNow = false;
      float divisor = (float) StrictMath.pow(step + 1, lengthPenalty);
      for (int j = 0; j < Math.min(beam, top.size); j++) {
        if (top.isFinishingEos(j) && finished.size() < beam) {
          int[] tokens = Arrays.copyOfRange(prefixes[top.beam[j]], 1, step + 2);
          tokens[step] = Specials.EOS;
          finished.add(new Hypothesis(tokens, top.score[j] / divisor));
          finishedNow = true;
        }
      }
      if ((finishedNow && finished.size() == beam) || step >= maxLen) {
        return null;
      }
      int[][] nextPrefixes = new int[beam][];
      float[] nextScores = new float[beam];
      int[] from = new int[beam];
      int n = 0;
      for (int j = 0; j < top.size && n < beam; j++) {
        if (top.isFinishingEos(j)) {
          continue;
        }
        int[] p = Arrays.copyOf(prefixes[top.beam[j]], step + 2);
        p[step + 1] = top.token[j];
        nextPrefixes[n] = p;
        nextScores[n] = top.score[j];
        from[n] = top.beam[j];
        n++;
      }
      if (n < beam) {
        throw new IllegalStateException("sentence " + index + ": fewer live candidates than beams at step " + step);
      }
      prefixes = nextPrefixes;
      scores = nextScores;
      return from;
    }

    private boolean allowed(int step, int v) {
      if (v == Specials.PAD) {
        return false;
      }
      if (step >= maxLen) {
        return v == Specials.EOS;
      }
      return v != Specials.EOS || constraints.eosAllowed(step);
    }

    List<Hypothesis> finished() {
      List<Hypothesis> out = new ArrayList<>(finished);
      out.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
      return out;
    }
  }

  /** The best k (score, beam, token) triples seen, best first; ties keep the earlier (beam, token). */
  private static final class Candidates {
    final float[] score;
    final int[] beam;
    final int[] token;
    int size;

    Candidates(int k) {
      score = new float[k];
      beam = new int[k];
      token = new int[k];
    }

    /** Offers are made in increasing (beam, token) order, so an equal score never displaces one seen before. */
    void offer(float s, int b, int v) {
      int k = score.length;
      if (size == k && !(s > score[k - 1])) {
        return;
      }
      int p = size < k ? size : k - 1;
      while (p > 0 && s > score[p - 1]) {
        p--;
      }
      int last = Math.min(size, k - 1);
      System.arraycopy(score, p, score, p + 1, last - p);
      System.arraycopy(beam, p, beam, p + 1, last - p);
      System.arraycopy(token, p, token, p + 1, last - p);
      score[p] = s;
      beam[p] = b;
      token[p] = v;
      if (size < k) {
        size++;
      }
    }

    /** fairseq's eos_mask: an eos candidate with a finite score. */
    boolean isFinishingEos(int j) {
      return token[j] == Specials.EOS && score[j] != Float.NEGATIVE_INFINITY;
    }
  }
}
