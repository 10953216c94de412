package org.rdrop.pipeline.text.vocab;

/** String order by Unicode code point, as Python compares str (Java's compareTo uses UTF-16 units). */
public final class CodePoints {
  private CodePoints() {}

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
