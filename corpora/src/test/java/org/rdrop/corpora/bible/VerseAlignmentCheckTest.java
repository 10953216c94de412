package org.rdrop.corpora.bible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerseAlignmentCheckTest {

  /** Verse i's "Strong's numbers": four of its own plus a common word (like "and"). */
  private static Set<String> verse(int i) {
    return Set.of("H" + (1000 + 10 * i), "H" + (1001 + 10 * i), "H" + (1002 + 10 * i), "H" + (1003 + 10 * i), "H1");
  }

  @Test
  void jaccardByHand() {
    assertThat(VerseAlignmentCheck.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isCloseTo(2.0 / 4, within(1e-12));
    assertThat(VerseAlignmentCheck.jaccard(Set.of(), Set.of())).isZero();
    assertThat(VerseAlignmentCheck.jaccard(Set.of("a"), Set.of())).isZero();
  }

  @Test
  void alignedVersesAreNotFlagged() {
    List<Set<String>> en = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      en.add(verse(i));
    }
    assertThat(VerseAlignmentCheck.check(en, en, Collections.nCopies(30, true))).isEmpty();
  }

  @Test
  void aRunShiftedByOneSlotIsFlagged() {
    // Spanish slots 10..19 hold verses 9..18 (its chapter numbering runs one verse behind), so
    // verse 19 is missing from the Spanish and verse 9 is there twice.
    List<Set<String>> en = new ArrayList<>();
    List<Set<String>> es = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      en.add(verse(i));
      es.add(i >= 10 && i < 20 ? verse(i - 1) : verse(i));
    }
    List<VerseAlignmentCheck.Flag> flags = VerseAlignmentCheck.check(en, es, Collections.nCopies(40, true));
    // By hand: at slot 10 the window 8..12 means 0.47 at d=0 and 0.82 at d=+1; at slot 18 it is
    // 0.29 against 0.64. Slot 19 is missed: its verse is nowhere in the Spanish, so no shift wins
    // (0.47 against 0.47) and no neighbour matches better than 1/9.
    assertThat(flags).extracting(VerseAlignmentCheck.Flag::index).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18);
    assertThat(flags).extracting(VerseAlignmentCheck.Flag::rule).containsOnly("shift");
    // Slot 13: window 11..15 has J = 1/9 (only the common word) at d=0 and 1 at d=+1.
    assertThat(flags.get(3).detail()).isEqualTo("window mean J 0.11 at d=0, 1.00 at d=+1");
  }

  @Test
  void twoSwappedVersesAreFlaggedByTheNeighbourRule() {
    List<Set<String>> en = new ArrayList<>();
    List<Set<String>> es = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      en.add(verse(i));
      es.add(verse(i));
    }
    es.set(15, verse(16));
    es.set(16, verse(15));
    List<VerseAlignmentCheck.Flag> flags = VerseAlignmentCheck.check(en, es, Collections.nCopies(30, true));
    // Slot 15: window means 0.64 at d=0 and 0.29 at d=+1 (no shift), but J = 1/9 at d=0 and 1 at d=+1.
    assertThat(flags).extracting(VerseAlignmentCheck.Flag::index).containsExactly(15, 16);
    assertThat(flags).extracting(VerseAlignmentCheck.Flag::rule).containsOnly("neighbour");
    assertThat(flags.get(0).detail()).isEqualTo("J 0.11 at d=0, 1.00 at d=+1");
    assertThat(flags.get(1).detail()).isEqualTo("J 0.11 at d=0, 1.00 at d=-1");
  }

  @Test
  void aRefrainTranslatedDifferentlyIsNotFlagged() {
    // Verses 12 and 16 are the same refrain in English; the Spanish words verse 16 a little
    // differently (J = 4/6) and verse 12 exactly like the English: slot 16's neighbour 12 matches
    // better, but its own J is above the 0.30 ceiling, so it stays (cf. Psalms 42.5 and 43.5).
    Set<String> refrain = Set.of("H500", "H501", "H502", "H503", "H1");
    List<Set<String>> en = new ArrayList<>();
    List<Set<String>> es = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      en.add(i == 12 || i == 16 ? refrain : verse(i));
      es.add(i == 12 ? refrain : i == 16 ? Set.of("H500", "H501", "H502", "H599", "H1") : verse(i));
    }
    assertThat(VerseAlignmentCheck.check(en, es, Collections.nCopies(30, true))).isEmpty();
  }

  @Test
  void onlyCandidateSlotsAreJudged() {
    List<Set<String>> en = new ArrayList<>();
    List<Set<String>> es = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      en.add(verse(i));
      es.add(verse(i));
    }
    es.set(15, verse(16));
    es.set(16, verse(15));
    List<Boolean> candidates = new ArrayList<>(Collections.nCopies(30, true));
    candidates.set(15, false);
    assertThat(VerseAlignmentCheck.check(en, es, candidates)).extracting(VerseAlignmentCheck.Flag::index).containsExactly(16);
  }
}
