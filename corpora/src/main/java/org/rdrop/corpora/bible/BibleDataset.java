package org.rdrop.corpora.bible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.TextLines;

/**
 * {@code bible-en-es}: King James (engKJV2006eb) and Reina-Valera 1909 (spaRV1909eb) paired by
 * verse. Both modules use the KJV versification, so slot i of one is slot i of the other.
 *
 * <p>A pair is dropped, and listed in {@code dropped.tsv}, when either side is empty after markup
 * stripping ({@link OsisText}) or when {@link VerseAlignmentCheck} finds the Spanish slot holds
 * another verse. The kept pairs, in canonical order, are split: pairs from the {@link #TEST_BOOKS}
 * go to test; of the others, counted from 1, every 23rd goes to valid (fairseq's prepare-iwslt14.sh
 * rule {@code NR%23==0}) and the rest to train.
 */
public final class BibleDataset implements DatasetBuilder {
  public static final String NAME = "bible-en-es";
  static final String EN_PACKAGE = "sword-text-kjv";
  static final String ES_PACKAGE = "sword-text-sparv";
  static final String EN_MODULE = "usr/share/sword/modules/texts/ztext/engKJV2006eb/";
  static final String ES_MODULE = "usr/share/sword/modules/texts/ztext/spaRV1909eb/";
  /** Whole books held out for test: narrative, poetry, prophecy, gospel, two epistles (~5% of verses). */
  public static final List<String> TEST_BOOKS = List.of("Ruth", "Lam", "Dan", "Mark", "Gal", "Jas");
  static final int VALID_EVERY = 23;
  /**
   * Spanish enclitic pronouns: where the Spanish module glues one to the element before it, the
   * words are joined ("sácalo"), everywhere else glued elements get a space (see {@link OsisText}).
   */
  static final Set<String> SPANISH_ENCLITICS =
      Set.of("lo", "la", "le", "los", "las", "les", "se", "me", "te", "nos", "os");
  static final List<String> SPLITS = List.of("train", "valid", "test");

  private final Versification versification;
  private final Set<String> testBooks;

  BibleDataset(Versification versification, List<String> testBooks) {
    this.versification = versification;
    this.testBooks = Set.copyOf(testBooks);
  }

  public static BibleDataset standard() {
    return new BibleDataset(Versification.kjv(), TEST_BOOKS);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> members() {
    return Map.of(EN_PACKAGE, moduleFiles(EN_MODULE), ES_PACKAGE, moduleFiles(ES_MODULE));
  }

  private static List<String> moduleFiles(String dir) {
    List<String> files = new ArrayList<>();
    for (String testament : List.of("ot", "nt")) {
      for (String ext : List.of("bzs", "bzv", "bzz")) {
        files.add(dir + testament + "." + ext);
      }
    }
    return files;
  }

  /** A verse of both translations: reference, plain texts and Strong's numbers. */
  record VersePair(Versification.VerseRef ref, String en, String es, Set<String> enStrongs, Set<String> esStrongs) {}

  @Override
  public SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage) {
    List<Versification.Verse> en = readModule(membersByPackage.get(EN_PACKAGE), EN_PACKAGE, EN_MODULE);
    List<Versification.Verse> es = readModule(membersByPackage.get(ES_PACKAGE), ES_PACKAGE, ES_MODULE);
    List<VersePair> pairs = new ArrayList<>(en.size());
    for (int i = 0; i < en.size(); i++) {
      pairs.add(pair(en.get(i), es.get(i)));
    }
    return files(pairs);
  }

  /** Filters, splits and encodes the pairs (separate from module reading so tests can feed pairs). */
  SortedMap<String, byte[]> files(List<VersePair> pairs) {
    List<Boolean> candidates = new ArrayList<>();
    List<Set<String>> enStrongs = new ArrayList<>();
    List<Set<String>> esStrongs = new ArrayList<>();
    for (VersePair p : pairs) {
      candidates.add(!p.en().isEmpty() && !p.es().isEmpty());
      enStrongs.add(p.enStrongs());
      esStrongs.add(p.esStrongs());
    }
    Map<Integer, VerseAlignmentCheck.Flag> flags = new TreeMap<>();
    for (VerseAlignmentCheck.Flag f : VerseAlignmentCheck.check(enStrongs, esStrongs, candidates)) {
      flags.put(f.index(), f);
    }

    List<String> dropped = new ArrayList<>();
    dropped.add("id\treason\tdetail");
    Map<String, List<String>> out = new TreeMap<>();
    for (String split : SPLITS) {
      for (String ext : List.of("en", "es", "ids")) {
        out.put(split + "." + ext, new ArrayList<>());
      }
    }
    int counter = 0;
    for (int i = 0; i < pairs.size(); i++) {
      VersePair p = pairs.get(i);
      String reason = null;
      String detail = "";
      if (p.en().isEmpty() || p.es().isEmpty()) {
        reason = p.en().isEmpty() && p.es().isEmpty() ? "empty-both" : p.en().isEmpty() ? "empty-en" : "empty-es";
      } else if (flags.containsKey(i)) {
        reason = "misaligned-" + flags.get(i).rule();
        detail = flags.get(i).detail();
      }
      if (reason != null) {
        dropped.add(p.ref() + "\t" + reason + "\t" + detail);
        continue;
      }
      String split;
      if (testBooks.contains(p.ref().book())) {
        split = "test";
      } else {
        counter++;
        split = counter % VALID_EVERY == 0 ? "valid" : "train";
      }
      out.get(split + ".en").add(p.en());
      out.get(split + ".es").add(p.es());
      out.get(split + ".ids").add(p.ref().toString());
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    out.forEach((path, lines) -> files.put(path, TextLines.encode(lines)));
    files.put("dropped.tsv", TextLines.encode(dropped));
    return files;
  }

  private List<Versification.Verse> readModule(Map<String, byte[]> members, String pkg, String dir) {
    if (members == null) {
      throw new DataImportException("no files were read from package " + pkg);
    }
    List<Versification.Verse> verses = new ArrayList<>();
    for (String testament : List.of("ot", "nt")) {
      String base = dir + testament;
      List<String> slots =
          ZTextReader.read(
              members.get(base + ".bzs"), members.get(base + ".bzv"), members.get(base + ".bzz"),
              pkg + ":" + base);
      verses.addAll(versification.verses(testament.toUpperCase(Locale.ROOT), slots, pkg + ":" + base));
    }
    return verses;
  }

  private static VersePair pair(Versification.Verse en, Versification.Verse es) {
    if (!en.ref().equals(es.ref())) {
      throw new IllegalStateException("verse lists out of step: " + en.ref() + " vs " + es.ref());
    }
    return new VersePair(
        en.ref(),
        plain(en, EN_PACKAGE, Set.of()),
        plain(es, ES_PACKAGE, SPANISH_ENCLITICS),
        OsisText.strongsNumbers(en.raw()),
        OsisText.strongsNumbers(es.raw()));
  }

  private static String plain(Versification.Verse v, String pkg, Set<String> joinWords) {
    try {
      return OsisText.plainText(v.raw(), joinWords);
    } catch (IllegalArgumentException e) {
      throw new DataImportException(pkg + ": verse " + v.ref() + ": " + e.getMessage(), e);
    }
  }
}
