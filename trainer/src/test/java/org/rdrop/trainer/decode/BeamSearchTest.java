package org.rdrop.trainer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.data.Specials;

/** Beam search and greedy on hand-made models whose answers are worked out by hand in each test. */
class BeamSearchTest {
  static final int V = 8;
  static final int EOS = Specials.EOS;
  static final int A = 4;
  static final int B = 5;

  /**
   * After "A" eos is likely; "B" leads to "B B" then eos. By hand, with beam 2:
   * step 0: A -0.5, B -1.0 (eos barred at step 0) -> beams A, B.
   * step 1: B/B -1.1, eos/A -1.5, then A/A and B/A at -3.5 -> "A eos" finishes with -1.5 (length 2),
   *         beams "B B" (-1.1) and "A A" (-3.5).
   * step 2: eos/"B B" -2.0 is best -> "B B eos" finishes with -2.0 (length 3); two finished: done.
   */
  static TableScorer shortOrLong() {
    return new TableScorer(V, p -> {
      if (p.equals(List.of(EOS))) {
        return TableScorer.row(V, -10f, A, -0.5f, B, -1.0f);
      }
      if (p.equals(List.of(EOS, A))) {
        return TableScorer.row(V, -10f, EOS, -1.0f, A, -3f, B, -3f);
      }
      if (p.equals(List.of(EOS, B))) {
        return TableScorer.row(V, -10f, B, -0.1f, EOS, -5f, A, -5f);
      }
      if (p.equals(List.of(EOS, B, B))) {
        return TableScorer.row(V, -10f, EOS, -0.9f);
      }
      return TableScorer.row(V, -10f, EOS, -1f, A, -3f, B, -3f);
    });
  }

  @Test
  void lengthPenaltyDecidesBetweenAShortAndALongHypothesis() {
    // lenpen 0: scores are the sums, -1.5 ("A") beats -2.0 ("B B").
    List<Hypothesis> flat = BeamSearch.search(shortOrLong(), new int[] {10}, 2, 0.0).get(0);
    assertThat(flat).extracting(Hypothesis::tokens).containsExactly(new int[] {A, EOS}, new int[] {B, B, EOS});
    assertThat(flat).extracting(Hypothesis::score).containsExactly(-1.5f, -2.0f);

    // lenpen 1: -1.5 / 2 = -0.75 against -2.0 / 3 = -0.667: the long one wins.
    List<Hypothesis> normalised = BeamSearch.search(shortOrLong(), new int[] {10}, 2, 1.0).get(0);
    assertThat(normalised).extracting(Hypothesis::tokens).containsExactly(new int[] {B, B, EOS}, new int[] {A, EOS});
    assertThat(normalised.get(0).score()).isEqualTo(-2.0f / 3f);
    assertThat(normalised.get(1).score()).isEqualTo(-0.75f);

    // lenpen 2: -1.5 / 4 = -0.375 against -2.0 / 9 = -0.222.
    List<Hypothesis> long2 = BeamSearch.search(shortOrLong(), new int[] {10}, 2, 2.0).get(0);
    assertThat(long2.get(0).tokens()).containsExactly(B, B, EOS);
    assertThat(long2.get(0).score()).isEqualTo(-2.0f / 9f);
  }

  @Test
  void greedyTakesTheLocallyBestTokenAndBeamOneAgrees() {
    // Greedy: A (-0.5), then eos (-1.0): "A eos" with -1.5, normalised by length 2.
    Hypothesis g = Greedy.search(shortOrLong(), new int[] {10}, 1.0).get(0);
    assertThat(g.tokens()).containsExactly(A, EOS);
    assertThat(g.score()).isEqualTo(-0.75f);
    List<Hypothesis> beam1 = BeamSearch.search(shortOrLong(), new int[] {10}, 1, 1.0).get(0);
    assertThat(beam1).containsExactly(g);
  }

  @Test
  void maxLengthForcesEosAndEosNeverComesFirst() {
    // eos is always the most likely token, yet the first token cannot be eos; a model that never wants
    // eos (-20) stops at max length 3 with eos forced.
    TableScorer eager = new TableScorer(V, p -> TableScorer.row(V, -5f, EOS, -0.1f, A, -1f));
    assertThat(Greedy.search(eager, new int[] {5}, 1.0).get(0).tokens()).containsExactly(A, EOS);
    TableScorer never = new TableScorer(V, p -> TableScorer.row(V, -5f, EOS, -20f, A, -1f));
    Hypothesis g = Greedy.search(never, new int[] {3}, 1.0).get(0);
    assertThat(g.tokens()).containsExactly(A, A, A, EOS);
    assertThat(g.score()).isEqualTo((-1f - 1f - 1f - 20f) / 4f);
    List<Hypothesis> beams = BeamSearch.search(
        new TableScorer(V, p -> TableScorer.row(V, -5f, EOS, -20f, A, -1f)), new int[] {3}, 3, 1.0).get(0);
    assertThat(beams).hasSize(3).allSatisfy(h -> assertThat(h.tokens()).hasSize(4).endsWith(EOS));
    assertThat(beams.get(0).tokens()).containsExactly(A, A, A, EOS);
  }

  @Test
  void aMinLengthKeepsEosAwayUntilItsStep() {
    // eos is always the most likely token; with min length 3 (fairseq's --min-len 3) it is barred at steps
    // 0 to 2, so the hypothesis is A A A eos, scored (-1 - 1 - 1 - 0.1) / 4.
    TableScorer eager = new TableScorer(V, p -> TableScorer.row(V, -5f, EOS, -0.1f, A, -1f));
    TokenConstraints min3 = new TokenConstraints(3, 0);
    Hypothesis g = Greedy.search(eager, new int[] {10}, 1.0, min3).get(0);
    assertThat(g.tokens()).containsExactly(A, A, A, EOS);
    assertThat(g.score()).isEqualTo((-1f - 1f - 1f - 0.1f) / 4f);
    List<Hypothesis> beams = BeamSearch.search(new TableScorer(V, p -> TableScorer.row(V, -5f, EOS, -0.1f, A, -1f)),
        new int[] {10}, 2, 1.0, min3).get(0);
    assertThat(beams.get(0)).isEqualTo(g);
    assertThat(beams).allSatisfy(h -> assertThat(h.tokens().length).isGreaterThanOrEqualTo(4));
    assertThatThrownBy(() -> BeamSearch.search(eager, new int[] {2}, 2, 1.0, min3))
        .hasMessage("sentence 0: max length 2 is below the min length 3");
  }

  /** A model that loves "A B A B ...": B after A, A otherwise (-0.1 each), eos -3, the rest -5. */
  static TableScorer alternating() {
    return new TableScorer(V, p -> p.get(p.size() - 1) == A
        ? TableScorer.row(V, -5f, B, -0.1f, EOS, -3f)
        : TableScorer.row(V, -5f, A, -0.1f, EOS, -3f));
  }

  @Test
  void nGramBlockingBarsTheTokenThatWouldRepeatAnNGram() {
    // Without blocking the model alternates until max length 6 forces eos.
    assertThat(Greedy.search(alternating(), new int[] {6}, 1.0).get(0).tokens())
        .containsExactly(A, B, A, B, A, B, EOS);
    // Bigrams: after "A B A", B would repeat "A B", so eos (-3) is the best allowed token; by hand
    // (-0.1 * 3 - 3) / 4.
    TokenConstraints bigrams = new TokenConstraints(1, 2);
    Hypothesis g2 = Greedy.search(alternating(), new int[] {6}, 1.0, bigrams).get(0);
    assertThat(g2.tokens()).containsExactly(A, B, A, EOS);
    assertThat(g2.score()).isEqualTo((-0.1f - 0.1f - 0.1f - 3f) / 4f);
    assertThat(BeamSearch.search(alternating(), new int[] {6}, 1, 1.0, bigrams).get(0)).containsExactly(g2);
    // Trigrams: "A B A B" is allowed (the leading eos starts the first trigram, "eos A B"), then A would
    // repeat "A B A".
    TokenConstraints trigrams = new TokenConstraints(1, 3);
    Hypothesis g3 = Greedy.search(alternating(), new int[] {6}, 1.0, trigrams).get(0);
    assertThat(g3.tokens()).containsExactly(A, B, A, B, EOS);
    assertThat(BeamSearch.search(alternating(), new int[] {6}, 1, 1.0, trigrams).get(0)).containsExactly(g3);
    // Every hypothesis of a wider beam obeys the block too: no bigram twice.
    for (Hypothesis h : BeamSearch.search(alternating(), new int[] {6}, 3, 1.0, bigrams).get(0)) {
      java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
      int[] t = h.tokens();
      int previous = EOS;
      for (int x : t) {
        assertThat(seen.add(List.of(previous, x))).as("bigram %d %d in %s", previous, x,
            java.util.Arrays.toString(t)).isTrue();
        previous = x;
      }
    }
  }

  @Test
  void padIsNeverChosenEvenWhenMostLikely() {
    TableScorer padLover = new TableScorer(V, p -> p.size() < 3
        ? TableScorer.row(V, -9f, Specials.PAD, 0f, B, -2f)
        : TableScorer.row(V, -9f, Specials.PAD, 0f, EOS, -1f));
    assertThat(Greedy.search(padLover, new int[] {10}, 1.0).get(0).tokens()).containsExactly(B, B, EOS);
    assertThat(BeamSearch.search(new TableScorer(V, p -> p.size() < 3
        ? TableScorer.row(V, -9f, Specials.PAD, 0f, B, -2f)
        : TableScorer.row(V, -9f, Specials.PAD, 0f, EOS, -1f)), new int[] {10}, 2, 1.0).get(0).get(0).tokens())
        .containsExactly(B, B, EOS);
  }

  @Test
  void sentencesOfABatchAreSearchedIndependently() {
    // Two sentences with different max lengths in one call give what each gives alone; the scorer's
    // own checks verify that rows are kept and dropped consistently as sentences finish.
    TableScorer together = shortOrLong();
    List<List<Hypothesis>> both = BeamSearch.search(together, new int[] {10, 1}, 2, 1.0);
    assertThat(both.get(0)).isEqualTo(BeamSearch.search(shortOrLong(), new int[] {10}, 2, 1.0).get(0));
    assertThat(both.get(1)).isEqualTo(BeamSearch.search(shortOrLong(), new int[] {1}, 2, 1.0).get(0));
    // max length 1: step 0 gives beams A, B; step 1 allows only eos: "A eos" -1.5/2, "B eos" -6.0/2.
    assertThat(both.get(1)).extracting(Hypothesis::tokens).containsExactly(new int[] {A, EOS}, new int[] {B, EOS});
    // Step 0 has one row per sentence; then two beams each, until the short sentence finishes.
    assertThat(together.rowsPerStep).containsExactly(2, 4, 2);
  }

  @Test
  void tooLargeBeamsAndEmptyLengthsAreRejected() {
    assertThatThrownBy(() -> BeamSearch.search(shortOrLong(), new int[] {5}, 7, 1.0))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> BeamSearch.search(shortOrLong(), new int[] {0}, 2, 1.0))
        .hasMessageContaining("below the min length");
  }
}
