package org.rdrop.corpora.bible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rdrop.corpora.DataImportException;

/**
 * A Bible versification as SWORD lays it out in a testament's index: slot 0 is the module heading,
 * slot 1 the testament heading, then for each book a book-heading slot followed, for each chapter,
 * by a chapter-heading slot and one slot per verse.
 */
public final class Versification {

  /** A book of one testament ("OT" or "NT") with its verse count per chapter. */
  public record Book(String testament, String osisId, int[] versesPerChapter) {
    public int chapters() {
      return versesPerChapter.length;
    }

    public int verses() {
      return Arrays.stream(versesPerChapter).sum();
    }
  }

  /** A verse reference in OSIS form, e.g. {@code Gen.1.1}. */
  public record VerseRef(String book, int chapter, int verse) {
    @Override
    public String toString() {
      return book + "." + chapter + "." + verse;
    }
  }

  /** A verse and the raw text of its slot. */
  public record Verse(VerseRef ref, String raw) {}

  private static final String KJV_RESOURCE = "kjv-versification.tsv";
  private static final Pattern CHAPTER_START =
      Pattern.compile("<chapter\\b[^>]*\\bsID=\"([^\"]*)\"");
  private static final Pattern CHAPTER_OSIS = Pattern.compile("<chapter\\b[^>]*\\bosisID=\"([^\"]*)\"");
  private static final Pattern BOOK_START =
      Pattern.compile("<div\\b(?=[^>]*\\btype=\"book\")(?=[^>]*\\bsID=)[^>]*\\bosisID=\"([^\"]*)\"");

  private final List<Book> books;

  public Versification(List<Book> books) {
    this.books = List.copyOf(books);
  }

  /** The KJV versification (66 books, 31,102 verses) bundled with rdrop. */
  public static Versification kjv() {
    try (InputStream in = Versification.class.getResourceAsStream(KJV_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + KJV_RESOURCE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList(), KJV_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of {@code testament TAB book TAB counts...}; '#' lines are comments. */
  public static Versification parse(List<String> lines, String origin) {
    List<Book> books = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[0].equals("OT") || f[0].equals("NT"))) {
        throw new IllegalArgumentException(
            origin + " line " + (i + 1) + ": expected 'OT|NT<TAB>book<TAB>verse counts', got: " + line);
      }
      int[] counts = Arrays.stream(f[2].trim().split(" +")).mapToInt(Integer::parseInt).toArray();
      books.add(new Book(f[0], f[1], counts));
    }
    return new Versification(books);
  }

  public List<Book> books() {
    return books;
  }

  public List<Book> books(String testament) {
    return books.stream().filter(b -> b.testament().equals(testament)).toList();
  }

  /** Number of index slots a testament's .bzv must have. */
  public int slotCount(String testament) {
    int n = 2;
    for (Book b : books(testament)) {
      n += 1 + b.chapters() + b.verses();
    }
    return n;
  }

  /** All verse references in canonical order (OT then NT). */
  public List<VerseRef> verseRefs() {
    List<VerseRef> refs = new ArrayList<>();
    for (Book b : books) {
      for (int c = 1; c <= b.chapters(); c++) {
        for (int v = 1; v <= b.versesPerChapter()[c - 1]; v++) {
          refs.add(new VerseRef(b.osisId(), c, v));
        }
      }
    }
    return refs;
  }

  /**
   * Pairs a testament's slots with verse references. Fails when the slot count differs from this
   * versification, or when a heading slot carries a book or chapter marker naming another place
   * (the check that keeps the table honest against the module).
   */
  public List<Verse> verses(String testament, List<String> slots, String origin) {
    if (slots.size() != slotCount(testament)) {
      throw new DataImportException(
          origin + ": " + slots.size() + " index entries, the " + testament
              + " of this versification needs " + slotCount(testament));
    }
    List<Verse> verses = new ArrayList<>();
    int slot = 2;
    for (Book b : books(testament)) {
      expectMarker(BOOK_START, slots.get(slot), b.osisId(), origin, slot, "book heading");
      slot++;
      for (int c = 1; c <= b.chapters(); c++) {
        expectMarker(CHAPTER_OSIS, slots.get(slot), b.osisId() + "." + c, origin, slot, "chapter heading");
        slot++;
        for (int v = 1; v <= b.versesPerChapter()[c - 1]; v++) {
          VerseRef ref = new VerseRef(b.osisId(), c, v);
          Matcher m = CHAPTER_START.matcher(slots.get(slot));
          if (m.find()) {
            throw new DataImportException(
                origin + ": entry " + slot + " should be verse " + ref + " but starts chapter " + m.group(1));
          }
          verses.add(new Verse(ref, slots.get(slot)));
          slot++;
        }
      }
    }
    return verses;
  }

  private static void expectMarker(
      Pattern marker, String text, String expected, String origin, int slot, String what) {
    Matcher m = marker.matcher(text);
    if (m.find() && !m.group(1).equals(expected)) {
      throw new DataImportException(
          origin + ": entry " + slot + " should be the " + what + " of " + expected
              + " but carries the marker of " + m.group(1));
    }
  }
}
