package org.rdrop.corpora.bible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

class BibleDatasetTest {

  private static BibleDataset.VersePair pair(String book, int verse, String en, String es) {
    // Each verse gets its own Strong's numbers on both sides, so none looks misaligned.
    Set<String> strongs = Set.of(book + verse);
    return new BibleDataset.VersePair(new Versification.VerseRef(book, 1, verse), en, es, strongs, strongs);
  }

  private static List<String> lines(SortedMap<String, byte[]> files, String name) {
    String text = new String(files.get(name), StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  @Test
  void testBooksAreHeldOutAndEvery23rdRemainingPairGoesToValid() {
    List<BibleDataset.VersePair> pairs = new ArrayList<>();
    for (int v = 1; v <= 50; v++) {
      pairs.add(pair("A", v, "en " + v, v == 3 ? "" : "es " + v));
    }
    for (int v = 1; v <= 5; v++) {
      pairs.add(pair("T", v, "en T" + v, "es T" + v));
    }
    SortedMap<String, byte[]> files = new BibleDataset(Versification.kjv(), List.of("T")).files(pairs);

    assertThat(files.keySet())
        .containsExactly("dropped.tsv", "test.en", "test.es", "test.ids", "train.en", "train.es", "train.ids",
            "valid.en", "valid.es", "valid.ids");
    // A.1.3 is dropped, so the kept A verses count 1,2 for v=1,2 and v-1 from v=4: counts 23 and 46 are v=24 and v=47.
    assertThat(lines(files, "valid.ids")).containsExactly("A.1.24", "A.1.47");
    assertThat(lines(files, "valid.en")).containsExactly("en 24", "en 47");
    assertThat(lines(files, "valid.es")).containsExactly("es 24", "es 47");
    assertThat(lines(files, "test.ids")).containsExactly("T.1.1", "T.1.2", "T.1.3", "T.1.4", "T.1.5");
    assertThat(lines(files, "test.es")).containsExactly("es T1", "es T2", "es T3", "es T4", "es T5");
    assertThat(lines(files, "train.ids")).hasSize(47).startsWith("A.1.1", "A.1.2", "A.1.4").doesNotContain("A.1.3", "A.1.24");
    assertThat(lines(files, "train.en")).hasSize(47);
    assertThat(lines(files, "dropped.tsv")).containsExactly("id\treason\tdetail", "A.1.3\tempty-es\t");
  }

  private static final Versification TINY =
      Versification.parse(List.of("OT\tGen\t3", "NT\tMark\t2"), "tiny");

  private static Map<String, byte[]> module(String dir, List<String> ot, List<String> nt) {
    Map<String, byte[]> files = new HashMap<>();
    ZTextWriter o = new ZTextWriter(ot, 2);
    ZTextWriter n = new ZTextWriter(nt, 2);
    files.put(dir + "ot.bzs", o.bzs);
    files.put(dir + "ot.bzv", o.bzv);
    files.put(dir + "ot.bzz", o.bzz);
    files.put(dir + "nt.bzs", n.bzs);
    files.put(dir + "nt.bzv", n.bzv);
    files.put(dir + "nt.bzz", n.bzz);
    return files;
  }

  @Test
  void buildsFromTwoZTextModules() {
    // Slots per testament: module, testament, book, chapter, verses.
    List<String> enOt =
        List.of("", "", "<div osisID=\"Gen\" sID=\"g\" type=\"book\"/>", "<chapter osisID=\"Gen.1\" sID=\"Gen.1\"/>",
            "In the <w lemma=\"strong:H7225\">beginning</w>.<note>a note</note>",
            "And the <w lemma=\"strong:H0776\">earth</w>.",
            "¶ Let there <transChange type=\"added\">be</transChange> <w lemma=\"strong:H0216\">light</w>.");
    List<String> esOt =
        List.of("", "", "", "",
            "<w lemma=\"strong:H7225\">EN el principio</w>.",
            "<w lemma=\"strong:H0776\">Y la tierra</w>.",
            "<w lemma=\"strong:H0216\">Sea</w><transChange type=\"added\">la</transChange> <w lemma=\"strong:H0216\">luz</w>.");
    List<String> enNt = List.of("", "", "", "", "The <w lemma=\"strong:G0976\">book</w>.", "<w lemma=\"strong:G0011\">Abraham</w>.");
    List<String> esNt = List.of("", "", "", "", "<w lemma=\"strong:G0976\">LIBRO</w>.", "");

    Map<String, Map<String, byte[]>> members =
        Map.of(
            BibleDataset.EN_PACKAGE, module(BibleDataset.EN_MODULE, enOt, enNt),
            BibleDataset.ES_PACKAGE, module(BibleDataset.ES_MODULE, esOt, esNt));
    SortedMap<String, byte[]> files = new BibleDataset(TINY, List.of("Mark")).build(members);

    assertThat(lines(files, "train.ids")).containsExactly("Gen.1.1", "Gen.1.2", "Gen.1.3");
    assertThat(lines(files, "train.en")).containsExactly("In the beginning.", "And the earth.", "Let there be light.");
    // "la" is an enclitic in the join list, so the glued elements stay one word ("Seala").
    assertThat(lines(files, "train.es")).containsExactly("EN el principio.", "Y la tierra.", "Seala luz.");
    assertThat(lines(files, "test.ids")).containsExactly("Mark.1.1");
    assertThat(lines(files, "test.en")).containsExactly("The book.");
    assertThat(lines(files, "test.es")).containsExactly("LIBRO.");
    assertThat(lines(files, "valid.ids")).isEmpty();
    assertThat(lines(files, "dropped.tsv")).containsExactly("id\treason\tdetail", "Mark.1.2\tempty-es\t");
  }

  @Test
  void brokenMarkupNamesPackageAndVerse() {
    List<String> enOt = List.of("", "", "", "", "ok", "In the <w lemma=\"x\" broken", "ok");
    List<String> nt = List.of("", "", "", "", "a", "b");
    Map<String, Map<String, byte[]>> members =
        Map.of(
            BibleDataset.EN_PACKAGE, module(BibleDataset.EN_MODULE, enOt, nt),
            BibleDataset.ES_PACKAGE, module(BibleDataset.ES_MODULE, enOt, nt));
    assertThatThrownBy(() -> new BibleDataset(TINY, List.of("Mark")).build(members))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("sword-text-kjv: verse Gen.1.2: unterminated tag");
  }
}
