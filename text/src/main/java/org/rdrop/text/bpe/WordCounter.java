package org.rdrop.text.bpe;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts words the way learn_bpe.py reads its input: the text is cut into lines like Python's
 * {@code splitlines} (so U+2028, U+0085, \f, \v, \x1c..\x1e end a line too, and stay attached to
 * the line they end), each line is stripped of {@code '\r\n '} and split on single spaces, and
 * empty fields are skipped. Other whitespace (tab, no-break space) is part of a word.
 */
public final class WordCounter {

  private final WordIndex words = new WordIndex();
  private long[] counts = new long[1 << 11];

  /** Adds the words of one line, or of any text: Python line boundaries inside it are honoured. */
  public WordCounter addText(CharSequence text) {
    // One pass over the text, without cutting out lines or repeated words (this is the hot path
    // of `rdrop bpe learn`); same result as forEachWord.
    String t = text.toString();
    int n = t.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : '\n';
      if (PythonText.isLineBoundary(c)) {
        // The line keeps its terminator; '\r' and '\n' would be stripped anyway, others stay.
        int lineEnd = (c == '\r' || c == '\n') ? i : i + 1;
        addWordsOfRange(t, lineStart, lineEnd);
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return this;
  }

  /** {@code t[begin, end).strip('\r\n ').split(' ')}, empty fields skipped. */
  private void addWordsOfRange(String t, int begin, int end) {
    while (begin < end && PythonText.isStripChar(t.charAt(begin))) {
      begin++;
    }
    while (end > begin && PythonText.isStripChar(t.charAt(end - 1))) {
      end--;
    }
    int start = begin;
    for (int i = begin; i <= end; i++) {
      if (i == end || t.charAt(i) == ' ') {
        if (i > start) {
          addAt(words.intern(t, start, i), 1);
        }
        start = i + 1;
      }
    }
  }

  private void addAt(int id, long count) {
    if (id == counts.length) {
      counts = Arrays.copyOf(counts, id * 2);
    }
    counts[id] += count;
  }

  /** Adds one occurrence of {@code word}, which must be a word as {@link #forEachWord} yields. */
  public WordCounter add(String word) {
    return add(word, 1);
  }

  /** Adds {@code count} occurrences of {@code word}. */
  public WordCounter add(String word, long count) {
    addAt(words.intern(word), count);
    return this;
  }

  /**
   * Adds one line of a counts file ({@code --dict-input}: "word count"; learn_bpe.py sums repeated
   * words).
   *
   * @throws IllegalArgumentException naming {@code source} and the 1-based {@code lineNumber}
   */
  public WordCounter addCountsLine(String line, String source, long lineNumber) {
    String stripped = PythonText.strip(line);
    int space = stripped.indexOf(' ');
    if (space < 0 || stripped.indexOf(' ', space + 1) >= 0) {
      // The line is not quoted: errors do not echo file contents.
      throw new IllegalArgumentException(
          source + ":" + lineNumber + ": expected 'word count' (two fields separated by one space)");
    }
    long count;
    try {
      count = PythonText.parseInt(stripped.substring(space + 1));
    } catch (NumberFormatException e) {
      // No cause: its message quotes the line, and error reports show the innermost cause.
      throw new IllegalArgumentException(source + ":" + lineNumber + ": the count is not a whole number");
    }
    return add(stripped.substring(0, space), count);
  }

  /**
   * Adds a whole counts file's text, cut into lines like learn_bpe.py does.
   *
   * @throws IllegalArgumentException naming {@code source} and the line
   */
  public WordCounter addCountsText(CharSequence text, String source) {
    long[] lineNumber = {0};
    PythonText.forEachLineKeepEnds(
        text, line -> addCountsLine(line, source, ++lineNumber[0]));
    return this;
  }

  /** The counts so far, sorted by word (code point order) so that iterating them is stable. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>(PythonText::compare);
    for (int id = 0; id < words.size(); id++) {
      out.put(words.word(id), counts[id]);
    }
    return out;
  }

  /** Number of distinct words so far. */
  public int size() {
    return words.size();
  }

  /** The words of {@code text} in order, as {@link #addText} counts them. */
  public static void forEachWord(CharSequence text, Consumer<String> action) {
    PythonText.forEachLineKeepEnds(text, line -> PythonText.forEachWord(line, action));
  }
}
