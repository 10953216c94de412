package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;

/**
 * sacreBLEU's {@code intl} tokenizer (mteval-v14.pl's international tokenization). Three
 * substitutions, each over the whole line, left to right without overlapping matches:
 *
 * <ol>
 *   <li>{@code (\P{N})(\p{P})} becomes {@code "\1 \2 "} (punctuation after a non-number);
 *   <li>{@code (\p{P})(\P{N})} becomes {@code " \1 \2"} (punctuation before a non-number);
 *   <li>{@code (\p{S})} becomes {@code " \1 "} (every symbol);
 * </ol>
 *
 * then the words are joined with single spaces. Works on code points, as Python does, with the
 * character classes of {@link UnicodeClasses}.
 */
final class TokenizerIntl implements BleuTokenizer {
  private static final long serialVersionUID = 1L;

  @Override
  public String tokenize(String line) {
    int[] cps = line.codePoints().toArray();
    int n = cps.length;
    char[] cls = new char[n];
    for (int i = 0; i < n; i++) {
      cls[i] = UnicodeClasses.classOf(cps[i]);
    }
    // Pass 1 only adds spaces, whose class is OTHER, so classes are carried along with the text.
    IntBuffer a = new IntBuffer(n * 2 + 4);
    for (int i = 0; i < n; ) {
      if (i + 1 < n && cls[i] != UnicodeClasses.NUMBER && cls[i + 1] == UnicodeClasses.PUNCTUATION) {
        a.add(cps[i], cls[i]).add(' ', UnicodeClasses.OTHER).add(cps[i + 1], cls[i + 1]).add(' ', UnicodeClasses.OTHER);
        i += 2;
      } else {
        a.add(cps[i], cls[i]);
        i++;
      }
    }
    IntBuffer b = new IntBuffer(a.size * 2 + 4);
    for (int i = 0; i < a.size; ) {
      if (i + 1 < a.size && a.cls[i] == UnicodeClasses.PUNCTUATION && a.cls[i + 1] != UnicodeClasses.NUMBER) {
        b.add(' ', UnicodeClasses.OTHER).add(a.cps[i], a.cls[i]).add(' ', UnicodeClasses.OTHER).add(a.cps[i + 1], a.cls[i + 1]);
        i += 2;
      } else {
        b.add(a.cps[i], a.cls[i]);
        i++;
      }
    }
    StringBuilder out = new StringBuilder(b.size * 2);
    for (int i = 0; i < b.size; i++) {
      if (b.cls[i] == UnicodeClasses.SYMBOL) {
        out.append(' ').appendCodePoint(b.cps[i]).append(' ');
      } else {
        out.appendCodePoint(b.cps[i]);
      }
    }
    return PythonStrings.normalizeSpace(out);
  }

  @Override
  public String signature() {
    return "intl";
  }

  /** Code points with their classes. */
  private static final class IntBuffer {
    int[] cps;
    char[] cls;
    int size;

    IntBuffer(int capacity) {
      cps = new int[capacity];
      cls = new char[capacity];
    }

    IntBuffer add(int cp, char c) {
      if (size == cps.length) {
        cps = java.util.Arrays.copyOf(cps, size * 2 + 4);
        cls = java.util.Arrays.copyOf(cls, size * 2 + 4);
      }
      cps[size] = cp;
      cls[size] = c;
      size++;
      return this;
    }
  }
}
