package org.rdrop.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rdrop.text.PythonStrings;

/**
 * rouge-score's default tokenizer: the text in lower case (Python's {@code str.lower}, {@link
 * PythonStrings#lower}: U+0130 becomes "i" + U+0307, the Kelvin sign "k"); every run of characters
 * outside {@code [a-z0-9]} separates tokens, so the tokens are the maximal runs of ASCII letters and
 * digits (a non-ASCII letter splits a word: "café" gives "caf"); with the stemmer, tokens longer than
 * three characters go through NLTK's Porter stemmer ({@link PorterStemmer}). Safe to share between
 * threads.
 */
public final class RougeTokenizer {
  private final boolean stem;
  /** Stems already computed: a corpus repeats few words many times (the stemmer is a pure function). */
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  public RougeTokenizer(boolean useStemmer) {
    this.stem = useStemmer;
  }

  public boolean usesStemmer() {
    return stem;
  }

  public List<String> tokenize(String text) {
    String lower = PythonStrings.lower(text);
    List<String> tokens = new ArrayList<>();
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isTokenChar(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = lower.substring(start, i);
        if (stem && token.length() > 3) {
          token = stems.computeIfAbsent(token, PorterStemmer::stem);
        }
        // rouge-score drops what is not a run of [a-z0-9] after stemming (never the case for a stem).
        if (!token.isEmpty()) {
          tokens.add(token);
        }
      }
    }
    return tokens;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
