package org.rdrop.corpora.bible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

class VersificationTest {

  @Test
  void bundledKjvTableHasTheKnownShape() {
    Versification kjv = Versification.kjv();
    // Well-known KJV facts: 39 + 27 books, 929 + 260 chapters, 23,145 + 7,957 verses.
    assertThat(kjv.books("OT")).hasSize(39);
    assertThat(kjv.books("NT")).hasSize(27);
    assertThat(kjv.books("OT").stream().mapToInt(Versification.Book::chapters).sum()).isEqualTo(929);
    assertThat(kjv.books("NT").stream().mapToInt(Versification.Book::chapters).sum()).isEqualTo(260);
    assertThat(kjv.books("OT").stream().mapToInt(Versification.Book::verses).sum()).isEqualTo(23145);
    assertThat(kjv.books("NT").stream().mapToInt(Versification.Book::verses).sum()).isEqualTo(7957);
    assertThat(kjv.verseRefs()).hasSize(31102);
    // Slots = module + testament headings + one per book + one per chapter + one per verse.
    assertThat(kjv.slotCount("OT")).isEqualTo(2 + 39 + 929 + 23145);
    assertThat(kjv.slotCount("NT")).isEqualTo(2 + 27 + 260 + 7957);
    assertThat(kjv.verseRefs().get(0)).hasToString("Gen.1.1");
    assertThat(kjv.verseRefs().get(31101)).hasToString("Rev.22.21");
    Versification.Book psalms = kjv.books().stream().filter(b -> b.osisId().equals("Ps")).findFirst().orElseThrow();
    assertThat(psalms.chapters()).isEqualTo(150);
    assertThat(psalms.versesPerChapter()[118]).isEqualTo(176);
  }

  private static final Versification TINY =
      Versification.parse(List.of("# two books", "OT\tA\t2 1", "OT\tB\t1", "NT\tC\t3"), "tiny");

  @Test
  void mapsSlotsToVersesSkippingHeadings() {
    // OT slots: 0 module, 1 testament, 2 book A, 3 A.1, 4 A.1.1, 5 A.1.2, 6 A.2, 7 A.2.1, 8 book B, 9 B.1, 10 B.1.1
    assertThat(TINY.slotCount("OT")).isEqualTo(11);
    List<String> slots =
        List.of("", "", "<div osisID=\"A\" sID=\"x\" type=\"book\"/>", "<chapter osisID=\"A.1\" sID=\"A.1\"/>",
            "a11", "a12", "", "a21", "", "", "b11");

    List<Versification.Verse> verses = TINY.verses("OT", slots, "tiny/ot");

    assertThat(verses).extracting(v -> v.ref().toString()).containsExactly("A.1.1", "A.1.2", "A.2.1", "B.1.1");
    assertThat(verses).extracting(Versification.Verse::raw).containsExactly("a11", "a12", "a21", "b11");
  }

  @Test
  void wrongSlotCountIsRejected() {
    assertThatThrownBy(() -> TINY.verses("NT", List.of("", ""), "sparv/nt"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("sparv/nt: 2 index entries")
        .hasMessageContaining("needs 7");
  }

  @Test
  void chapterMarkerDisagreeingWithTheTableIsRejected() {
    List<String> slots =
        List.of("", "", "", "", "a11", "a12", "<chapter n=\"3\" osisID=\"A.3\" sID=\"A.3\"/>", "a21", "", "", "b11");
    assertThatThrownBy(() -> TINY.verses("OT", slots, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("entry 6 should be the chapter heading of A.2 but carries the marker of A.3");
  }

  @Test
  void chapterStartInsideAVerseSlotIsRejected() {
    List<String> slots =
        List.of("", "", "", "", "a11", "<chapter osisID=\"A.2\" sID=\"A.2\"/>a12", "", "a21", "", "", "b11");
    assertThatThrownBy(() -> TINY.verses("OT", slots, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("entry 5 should be verse A.1.2 but starts chapter A.2");
  }

  @Test
  void badTableLineIsRejectedWithItsLineNumber() {
    assertThatThrownBy(() -> Versification.parse(List.of("OT\tA\t2", "XX\tB\t1"), "table.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table.tsv line 2");
  }
}
