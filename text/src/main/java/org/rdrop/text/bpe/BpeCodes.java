package org.rdrop.text.bpe;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ordered merge operations of a BPE model, in subword-nmt's codes file format (version 0.2):
 * a first line {@code #version: 0.2}, then one merge a line, "left right", where the right symbol
 * of a word-final merge ends in {@code </w>}.
 *
 * <p>Immutable and {@link Serializable}, so that Beam can ship it as a side input.
 */
public final class BpeCodes implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The header line learn_bpe.py writes, without its newline. */
  public static final String VERSION_LINE = "#version: 0.2";

  /** The end-of-word marker attached to the last character of every word. */
  public static final String END_OF_WORD = "</w>";

  private final String[] lefts;
  private final String[] rights;

  private BpeCodes(String[] lefts, String[] rights) {
    this.lefts = lefts;
    this.rights = rights;
  }

  /**
   * Codes from {@code merges}, each a {left, right} pair, in merge order.
   *
   * @throws IllegalArgumentException if a pair is not two non-empty symbols without spaces
   */
  public static BpeCodes of(List<String[]> merges) {
    String[] l = new String[merges.size()];
    String[] r = new String[merges.size()];
    for (int i = 0; i < l.length; i++) {
      String[] m = merges.get(i);
      if (m.length != 2 || !isSymbol(m[0]) || !isSymbol(m[1])) {
        throw new IllegalArgumentException("merge " + i + " is not two symbols: " + Arrays.toString(m));
      }
      l[i] = m[0];
      r[i] = m[1];
    }
    return new BpeCodes(l, r);
  }

  private static boolean isSymbol(String s) {
    return s != null && !s.isEmpty() && s.indexOf(' ') < 0 && s.indexOf('\n') < 0;
  }

  /** Number of merges. */
  public int size() {
    return lefts.length;
  }

  /** Left symbol of merge {@code i} (0-based, in merge order). */
  public String left(int i) {
    return lefts[i];
  }

  /** Right symbol of merge {@code i}. */
  public String right(int i) {
    return rights[i];
  }

  /** The merges as {left, right} pairs, a copy. */
  public List<String[]> merges() {
    List<String[]> out = new ArrayList<>(lefts.length);
    for (int i = 0; i < lefts.length; i++) {
      out.add(new String[] {lefts[i], rights[i]});
    }
    return out;
  }

  /** The first {@code n} merges (all of them when {@code n} is at least {@link #size()}). */
  public BpeCodes first(int n) {
    if (n >= lefts.length) {
      return this;
    }
    return new BpeCodes(Arrays.copyOf(lefts, n), Arrays.copyOf(rights, n));
  }

  /** The codes file text, exactly as learn_bpe.py writes it. */
  public String toFileText() {
    StringBuilder sb = new StringBuilder(VERSION_LINE.length() + 1 + lefts.length * 12);
    sb.append(VERSION_LINE).append('\n');
    for (int i = 0; i < lefts.length; i++) {
      sb.append(lefts[i]).append(' ').append(rights[i]).append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads a codes file like apply_bpe.py does: all merges.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line when the content is not a codes
   *     file
   */
  public static BpeCodes read(Path file) throws IOException {
    return read(file, -1);
  }

  /**
   * Reads the first {@code merges} merges of a codes file ({@code -1}: all), like apply_bpe.py's
   * {@code --merges}: lines past that count are not even checked.
   */
  public static BpeCodes read(Path file, int merges) throws IOException {
    return parse(TextFiles.readUtf8(file), file.toString(), merges);
  }

  /**
   * Parses codes file text. Lines are cut at {@code \n} only and stripped of {@code '\r\n '};
   * each must hold exactly two symbols separated by one space. {@code source} names the text in
   * errors.
   *
   * <p>apply_bpe.py also accepts files without a version line (format 0.1, a different end-of-word
   * convention); those are rejected here, as learn_bpe.py has not written them since 2016.
   */
  public static BpeCodes parse(String text, String source, int merges) {
    int firstEnd = text.indexOf('\n');
    String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
    if (!firstLine.startsWith("#version:")) {
      // The line itself is not quoted: the file may be anything (errors do not echo file contents).
      throw new IllegalArgumentException(
          source + ":1: not a BPE codes file: the first line is not '" + VERSION_LINE + "'");
    }
    String version = firstLine.substring("#version:".length()).trim();
    if (!version.matches("0\\.2(\\.0+)*")) {
      throw new IllegalArgumentException(
          source + ":1: unsupported codes file version" + (version.matches("[0-9.]{1,12}") ? " " + version : "")
              + " (only 0.2 is supported)");
    }
    List<String[]> out = new ArrayList<>();
    if (firstEnd < 0) {
      return of(out);
    }
    // Like apply_bpe.py: the rest without its trailing newlines, cut at '\n'.
    int end = text.length();
    while (end > firstEnd + 1 && text.charAt(end - 1) == '\n') {
      end--;
    }
    int start = firstEnd + 1;
    int lineNumber = 2;
    // A header-only file has no merges (apply_bpe.py would reject it; see the report).
    while (start < end && (merges < 0 ? merges == -1 : out.size() < merges)) {
      int nl = text.indexOf('\n', start);
      if (nl < 0 || nl > end) {
        nl = end;
      }
      String item = PythonText.strip(text.substring(start, nl));
      int space = item.indexOf(' ');
      if (space <= 0 || space == item.length() - 1 || item.indexOf(' ', space + 1) >= 0) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": invalid line in BPE codes file (expected exactly two symbols"
                + " separated by one space)");
      }
      out.add(new String[] {item.substring(0, space), item.substring(space + 1)});
      start = nl + 1;
      lineNumber++;
    }
    return of(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BpeCodes
        && Arrays.equals(lefts, ((BpeCodes) o).lefts)
        && Arrays.equals(rights, ((BpeCodes) o).rights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lefts) + Arrays.hashCode(rights);
  }

  @Override
  public String toString() {
    return "BpeCodes[" + lefts.length + " merges]";
  }
}
