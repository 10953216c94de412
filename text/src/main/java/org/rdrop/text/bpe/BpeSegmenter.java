package org.rdrop.text.bpe;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Applies BPE codes to text like subword-nmt 0.3.9's apply_bpe.py (no glossaries, no vocabulary
 * filter, no dropout): each word is split into its characters, the last one with {@code </w>},
 * and the pair with the lowest merge rank is merged everywhere (left to right, no overlap) until
 * no known pair is left; non-final subwords get the separator.
 *
 * <p>Serializable (the codes travel with it); the per-word cache is rebuilt after
 * deserialization. Not thread-safe: give each thread its own instance.
 */
public final class BpeSegmenter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries beyond which the word cache is cleared, to bound memory on endless streams. */
  private static final int CACHE_LIMIT = 1 << 20;

  private final BpeCodes codes;
  private final String separator;

  private transient SymbolTable table;
  private transient LongIntHashMap ranks; // (left id, right id) -> merge rank
  private transient int[] leftIds; // rank -> id of the left symbol
  private transient int[] rightIds;
  private transient int[] mergedIds; // rank -> id of the merged symbol
  private transient LongIntHashMap charIds; // code point (| FINAL) -> id of that one-character symbol
  private transient WordIndex cacheWords; // word cache: word -> id -> segmentation
  private transient String[] cached;
  private transient Utf8WordIndex utf8Words; // the same cache for processUtf8: UTF-8 word -> UTF-8 segmentation
  private transient byte[][] utf8Cached;

  /** Segments with all of {@code codes} and the separator {@code @@}. */
  public BpeSegmenter(BpeCodes codes) {
    this(codes, "@@");
  }

  public BpeSegmenter(BpeCodes codes, String separator) {
    this.codes = codes;
    this.separator = separator;
  }

  public BpeCodes codes() {
    return codes;
  }

  public String separator() {
    return separator;
  }

  private void init() {
    table = new SymbolTable();
    ranks = new LongIntHashMap(codes.size() + 16);
    leftIds = new int[codes.size()];
    rightIds = new int[codes.size()];
    mergedIds = new int[codes.size()];
    for (int r = 0; r < codes.size(); r++) {
      int a = table.intern(codes.left(r));
      int b = table.intern(codes.right(r));
      leftIds[r] = a;
      rightIds[r] = b;
      mergedIds[r] = table.intern(codes.left(r) + codes.right(r));
      long key = key(a, b);
      // A repeated pair keeps the rank of its first occurrence, as in apply_bpe.py.
      if (ranks.get(key) < 0) {
        ranks.putNew(key, r);
      }
    }
    // Ids of the one-character symbols, by code point (with END_OF_WORD: the key's bit 32 set), so that a
    // word's characters are looked up without cutting each out as a String.
    charIds = new LongIntHashMap(table.size());
    for (int id = 0; id < table.size(); id++) {
      String sym = table.string(id);
      int cp = sym.codePointAt(0);
      int len = Character.charCount(cp);
      if (len == sym.length()) {
        charIds.putNew(cp, id);
      } else if (sym.length() == len + BpeCodes.END_OF_WORD.length() && sym.endsWith(BpeCodes.END_OF_WORD)) {
        charIds.putNew(cp | FINAL, id);
      }
    }
    cacheWords = new WordIndex();
    cached = new String[1 << 11];
  }

  /** Marks a {@link #charIds} key as the word's last character, which carries {@code </w>}. */
  private static final long FINAL = 1L << 32;

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /**
   * apply_bpe.py's {@code process_line}: leading {@code '\r\n '} characters are kept, and so are
   * trailing ones unless the line is nothing but them (then the line comes back unchanged). The
   * line may include its terminator.
   */
  public String processLine(String line) {
    int b = PythonText.stripStart(line);
    if (b == line.length()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() * 5 / 4 + 16);
    appendProcessedLine(line, 0, line.length(), out);
    return out.toString();
  }

  /**
   * A whole text, as apply_bpe.py reads it from standard input: lines end at {@code \n}, {@code
   * \r\n} or {@code \r}, and each comes out with {@code \n} (Python's universal newlines); a last
   * line without terminator stays without.
   */
  public String processText(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() * 5 / 4 + 16);
    appendProcessedText(text, out);
    return out.toString();
  }

  /**
   * {@link #processText} on UTF-8 bytes, giving UTF-8 bytes: the same output, without decoding the
   * whole text or encoding the result. Line ends, {@code '\r\n '} and the space between words are
   * ASCII, which UTF-8 never uses inside a multi-byte character, so lines and words can be cut on
   * bytes; each distinct word is decoded (strictly) once, when first met. Every byte outside a word
   * is one of those ASCII characters, so this checks the whole text as {@link
   * TextFiles#decodeUtf8} does, with the same error for the same first invalid byte.
   *
   * @throws TextFiles.MalformedTextException naming {@code source} and the line of the first
   *     invalid UTF-8 byte
   */
  public byte[] processUtf8(byte[] text, String source) throws TextFiles.MalformedTextException {
    return processUtf8(text, 0, text.length, source);
  }

  /**
   * {@link #processUtf8(byte[], String)} of {@code text[from, to)}, which must start a line; errors
   * count lines and bytes from the start of {@code text}.
   */
  private byte[] processUtf8(byte[] text, int from, int to, String source)
      throws TextFiles.MalformedTextException {
    int size = to - from;
    Utf8Output out = new Utf8Output(size + size / 2 + 16);
    int n = to;
    int start = from;
    for (int i = from; i < n; i++) {
      byte c = text[i];
      if (c == '\n' || c == '\r') {
        appendProcessedLine(text, start, i, out, source);
        out.append((byte) '\n');
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      appendProcessedLine(text, start, n, out, source);
    }
    return out.toByteArray();
  }

  /**
   * {@link #processUtf8(byte[], String)} with the text cut after line ends into {@code parts} pieces
   * of about equal size, segmented in parallel, each by a segmenter of its own (its own word cache):
   * lines are segmented independently, so the bytes out are the same, sooner on several cores. The
   * error for invalid UTF-8 is the first invalid byte's, as from one segmenter.
   */
  public static byte[] processUtf8(BpeCodes codes, String separator, byte[] text, String source, int parts)
      throws TextFiles.MalformedTextException {
    int[] bounds = new int[parts + 1];
    for (int k = 1; k < parts; k++) {
      int b = Math.max(bounds[k - 1], (int) ((long) text.length * k / parts));
      while (b < text.length && (b == 0 || text[b - 1] != '\n')) {
        b++;
      }
      bounds[k] = b;
    }
    bounds[parts] = text.length;
    byte[][] outs = new byte[parts][];
    TextFiles.MalformedTextException[] errors = new TextFiles.MalformedTextException[parts];
    IntStream.range(0, parts).parallel().forEach(k -> {
      try {
        outs[k] = new BpeSegmenter(codes, separator).processUtf8(text, bounds[k], bounds[k + 1], source);
      } catch (TextFiles.MalformedTextException e) {
        errors[k] = e;
      }
    });
    int total = 0;
    for (int k = 0; k < parts; k++) {
      if (errors[k] != null) {
        throw errors[k];
      }
      total += outs[k].length;
    }
    byte[] out = new byte[total];
    int at = 0;
    for (byte[] o : outs) {
      System.arraycopy(o, 0, out, at, o.length);
      at += o.length;
    }
    return out;
  }

  /** {@link #appendProcessedLine(String, int, int, StringBuilder)} on UTF-8 bytes. */
  private void appendProcessedLine(byte[] t, int begin, int end, Utf8Output out, String source)
      throws TextFiles.MalformedTextException {
    int b = begin;
    while (b < end && isStripByte(t[b])) {
      b++;
    }
    if (b == end) {
      out.append(t, begin, end);
      return;
    }
    int e = end;
    while (e > b && isStripByte(t[e - 1])) {
      e--;
    }
    out.append(t, begin, b);
    boolean firstWord = true;
    int start = b;
    for (int i = b; i <= e; i++) {
      if (i == e || t[i] == ' ') {
        if (i > start) {
          if (!firstWord) {
            out.append((byte) ' ');
          }
          out.append(segmentWordUtf8(t, start, i, source));
          firstWord = false;
        }
        start = i + 1;
      }
    }
    out.append(t, e, end);
  }

  private static boolean isStripByte(byte c) {
    return c == '\r' || c == '\n' || c == ' ';
  }

  /** The UTF-8 of {@link #segmentWord(String)} for the word in {@code t[begin, end)}, cached per word. */
  private byte[] segmentWordUtf8(byte[] t, int begin, int end, String source)
      throws TextFiles.MalformedTextException {
    if (cacheWords == null) {
      init();
    }
    if (utf8Words == null) {
      utf8Words = new Utf8WordIndex();
      utf8Cached = new byte[1 << 11][];
    }
    int id = utf8Words.find(t, begin, end);
    if (id >= 0) {
      return utf8Cached[id];
    }
    if (utf8Words.size() >= CACHE_LIMIT) {
      utf8Words.clear();
    }
    // The JDK's fast decoding, checked: only invalid bytes (or a U+FFFD in the text) leave a U+FFFD.
    String word = new String(t, begin, end - begin, StandardCharsets.UTF_8);
    if (word.indexOf('\uFFFD') >= 0) {
      word = TextFiles.decodeUtf8(t, begin, end, source);
    }
    byte[] result = encode(word).getBytes(StandardCharsets.UTF_8);
    id = utf8Words.add(t, begin, end);
    if (id == utf8Cached.length) {
      utf8Cached = Arrays.copyOf(utf8Cached, id * 2);
    }
    utf8Cached[id] = result;
    return result;
  }

  /** A growing byte array: what {@link #processUtf8} writes. */
  private static final class Utf8Output {
    private byte[] bytes;
    private int size;

    Utf8Output(int capacity) {
      bytes = new byte[capacity];
    }

    void append(byte b) {
      if (size == bytes.length) {
        grow(1);
      }
      bytes[size++] = b;
    }

    void append(byte[] b) {
      append(b, 0, b.length);
    }

    void append(byte[] b, int from, int to) {
      int len = to - from;
      if (size + len > bytes.length) {
        grow(len);
      }
      System.arraycopy(b, from, bytes, size, len);
      size += len;
    }

    private void grow(int needed) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
    }

    byte[] toByteArray() {
      return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
  }

  /** {@link #processText} into {@code out}. */
  public void appendProcessedText(CharSequence text, StringBuilder out) {
    String t = text.toString();
    int n = t.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r') {
        appendProcessedLine(t, start, i, out);
        out.append('\n');
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      appendProcessedLine(t, start, n, out);
    }
  }

  /** {@code process_line} of {@code t[begin, end)}. */
  private void appendProcessedLine(String t, int begin, int end, StringBuilder out) {
    int b = begin;
    while (b < end && PythonText.isStripChar(t.charAt(b))) {
      b++;
    }
    if (b == end) {
      out.append(t, begin, end);
      return;
    }
    int e = end;
    while (e > b && PythonText.isStripChar(t.charAt(e - 1))) {
      e--;
    }
    out.append(t, begin, b);
    appendSegmented(t, b, e, out);
    out.append(t, e, end);
  }

  /** apply_bpe.py's {@code segment}: the words of a line, segmented, joined by single spaces. */
  public String segment(String sentence) {
    int b = PythonText.stripStart(sentence);
    if (b == sentence.length()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    appendSegmented(sentence, b, PythonText.stripEnd(sentence), out);
    return out.toString();
  }

  /** Appends the segmentation of the space-separated words of {@code s[begin, end)}. */
  private void appendSegmented(String s, int begin, int end, StringBuilder out) {
    boolean firstWord = true;
    int start = begin;
    for (int i = begin; i <= end; i++) {
      if (i == end || s.charAt(i) == ' ') {
        if (i > start) {
          if (!firstWord) {
            out.append(' ');
          }
          out.append(segmentWord(s, start, i));
          firstWord = false;
        }
        start = i + 1;
      }
    }
  }

  /**
   * One word's subwords joined by spaces, all but the last followed by the separator, e.g.
   * {@code "ir@@ on"}.
   */
  public String segmentWord(String word) {
    return segmentWord(word, 0, word.length());
  }

  /** {@link #segmentWord(String)} of {@code s[begin, end)}, cached per word. */
  private String segmentWord(String s, int begin, int end) {
    if (cacheWords == null) {
      init();
    }
    int id = cacheWords.find(s, begin, end);
    if (id >= 0) {
      return cached[id];
    }
    if (cacheWords.size() >= CACHE_LIMIT) {
      cacheWords.clear();
    }
    String word = s.substring(begin, end);
    String result = encode(word);
    id = cacheWords.intern(word);
    if (id == cached.length) {
      cached = Arrays.copyOf(cached, id * 2);
    }
    cached[id] = result;
    return result;
  }

  /** apply_bpe.py's {@code encode}, formatted as {@link #segmentWord} returns it. */
  private String encode(String word) {
    int n = PythonText.length(word);
    if (n == 1) {
      return word;
    }
    // Symbols as ids when known to the codes, else -1 (such a symbol can never merge). Merges only join
    // neighbours, so each symbol is always the range [starts[k], starts[k + 1]) of the word (the last
    // one with END_OF_WORD, which is never printed): the output is cut from the word itself.
    int[] ids = new int[n];
    int[] starts = new int[n + 1];
    int k = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      int next = i + Character.charCount(cp);
      starts[k] = i;
      ids[k] = charIds.get(next == word.length() ? cp | FINAL : cp);
      k++;
      i = next;
    }
    starts[n] = word.length();
    while (n > 1) {
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i + 1 < n; i++) {
        if (ids[i] >= 0 && ids[i + 1] >= 0) {
          int r = ranks.get(key(ids[i], ids[i + 1]));
          if (r >= 0 && r < bestRank) {
            bestRank = r;
          }
        }
      }
      if (bestRank == Integer.MAX_VALUE) {
        break;
      }
      int a = leftIds[bestRank];
      int b = rightIds[bestRank];
      int merged = mergedIds[bestRank];
      int w = 0;
      int i = 0;
      while (i < n) {
        starts[w] = starts[i];
        if (i + 1 < n && ids[i] == a && ids[i + 1] == b) {
          ids[w] = merged;
          i += 2;
        } else {
          ids[w] = ids[i];
          i++;
        }
        w++;
      }
      n = w;
      starts[n] = word.length();
    }
    StringBuilder out = new StringBuilder(word.length() + (separator.length() + 1) * (n - 1));
    for (int i = 0; i < n; i++) {
      out.append(word, starts[i], starts[i + 1]);
      if (i < n - 1) {
        out.append(separator).append(' ');
      }
    }
    return out.toString();
  }
}
