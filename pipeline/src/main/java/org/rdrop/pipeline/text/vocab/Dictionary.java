package org.rdrop.pipeline.text.vocab;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.format.AtomicFiles;

/**
 * A token dictionary as fairseq builds it, so ids and {@code dict.txt} match fairseq-preprocess.
 *
 * <p>Ids 0..3 are the specials {@code <s>}, {@code <pad>}, {@code </s>}, {@code <unk>}. Then the tokens
 * whose count reaches the threshold, by count descending and, on equal counts, by code-point order of
 * the token (fairseq sorts by symbol, then stably by count). The size is padded to a multiple of the
 * padding factor with {@code madeupword0000}, {@code madeupword0001}, ... (count 0). {@code dict.txt}
 * lists every non-special entry as {@code token count}.
 */
public final class Dictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String BOS = "<s>";
  public static final String PAD = "<pad>";
  public static final String EOS = "</s>";
  public static final String UNK = "<unk>";
  public static final int BOS_ID = 0;
  public static final int PAD_ID = 1;
  public static final int EOS_ID = 2;
  public static final int UNK_ID = 3;
  private static final List<String> SPECIALS = List.of(BOS, PAD, EOS, UNK);

  private final List<String> symbols;
  private final long[] counts;
  private transient Map<String, Integer> index;

  private Dictionary(List<String> symbols, long[] counts) {
    this.symbols = List.copyOf(symbols);
    this.counts = counts;
  }

  /** Builds from token counts (any order); tokens counted fewer than {@code threshold} times are left out. */
  public static Dictionary build(Map<String, Long> tokenCounts, int threshold, int paddingFactor) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    for (Map.Entry<String, Long> e : tokenCounts.entrySet()) {
      if (SPECIALS.contains(e.getKey())) {
        throw new IllegalArgumentException("corpus contains the reserved token " + e.getKey());
      }
      if (e.getValue() >= threshold) {
        entries.add(e);
      }
    }
    entries.sort(
        (a, b) -> {
          int byCount = Long.compare(b.getValue(), a.getValue());
          return byCount != 0 ? byCount : CodePoints.compare(a.getKey(), b.getKey());
        });
    List<String> symbols = new ArrayList<>(SPECIALS);
    List<Long> counts = new ArrayList<>(Collections.nCopies(SPECIALS.size(), 0L));
    for (Map.Entry<String, Long> e : entries) {
      symbols.add(e.getKey());
      counts.add(e.getValue());
    }
    for (int i = 0; paddingFactor > 1 && symbols.size() % paddingFactor != 0; i++) {
      symbols.add(String.format("madeupword%04d", i));
      counts.add(0L);
    }
    return new Dictionary(symbols, counts.stream().mapToLong(Long::longValue).toArray());
  }

  public int size() {
    return symbols.size();
  }

  public String symbol(int id) {
    return symbols.get(id);
  }

  /** The id of a token, {@link #UNK_ID} when absent. */
  public int id(String token) {
    return index().getOrDefault(token, UNK_ID);
  }

  public long count(int id) {
    return counts[id];
  }

  /** fairseq's {@code dict.txt}: one {@code token count} line per non-special entry, in id order. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    for (int i = SPECIALS.size(); i < symbols.size(); i++) {
      sb.append(symbols.get(i)).append(' ').append(counts[i]).append('\n');
    }
    return sb.toString();
  }

  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toText());
  }

  /** Reads a {@code dict.txt}; a malformed line is an error naming file and line. */
  public static Dictionary read(Path file) throws IOException {
    List<String> symbols = new ArrayList<>(SPECIALS);
    List<Long> counts = new ArrayList<>(Collections.nCopies(SPECIALS.size(), 0L));
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      int sp = line.lastIndexOf(' ');
      try {
        if (sp <= 0) {
          throw new NumberFormatException();
        }
        counts.add(Long.parseLong(line.substring(sp + 1)));
        symbols.add(line.substring(0, sp));
      } catch (NumberFormatException e) {
        // The line is not quoted: errors do not echo file contents.
        throw new IOException(file + ":" + lineNo + ": expected 'token count' (a token, a space, a whole number)");
      }
    }
    return new Dictionary(symbols, counts.stream().mapToLong(Long::longValue).toArray());
  }

  private Map<String, Integer> index() {
    if (index == null) {
      Map<String, Integer> m = new HashMap<>(symbols.size() * 2);
      for (int i = 0; i < symbols.size(); i++) {
        m.putIfAbsent(symbols.get(i), i);
      }
      index = m;
    }
    return index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dictionary d && symbols.equals(d.symbols) && java.util.Arrays.equals(counts, d.counts);
  }

  @Override
  public int hashCode() {
    return symbols.hashCode();
  }
}
