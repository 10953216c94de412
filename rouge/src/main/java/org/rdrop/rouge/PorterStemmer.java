package org.rdrop.rouge;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Porter stemmer as NLTK 3.8's {@code nltk.stem.porter.PorterStemmer()} computes it in its
 * default mode, {@code NLTK_EXTENSIONS}: the mode rouge-score constructs (it passes no mode).
 *
 * <p>Written for rdrop from the published algorithm (Porter 1980) and the list of NLTK's departures
 * from it, because no maintained Java library has this variant: Lucene's and Snowball's Porter
 * stemmers follow Martin Porter's own versions, which lack NLTK's irregular forms, its
 * {@code -ies}/{@code -ied} rules for four-letter words, its step 1c condition, its {@code -alli}
 * order, {@code -fulli} and its {@code -logi} measure, so they stem words such as "dying", "flies",
 * "enjoy" and "geology" differently. NLTK's departures, all reproduced here:
 *
 * <ul>
 *   <li>irregular forms map straight to their stem (sky/skies, dying, lying, tying, news, innings,
 *       outings, cannings, howe, proceed, exceed, succeed); words of one or two letters are kept;
 *   <li>step 1a: a four-letter word in {@code -ies} becomes {@code -ie} ("dies" -> "die");
 *   <li>step 1b: {@code -ied} becomes {@code -ie} in a four-letter word and {@code -i} otherwise, and
 *       step 1b ends there; the *o condition also holds for a two-letter vowel-consonant stem;
 *   <li>step 1c: y -> i when the letter before y is a consonant and the stem is longer than one letter;
 *   <li>step 2: {@code -alli} -> {@code -al} is tried first and the result goes through step 2 again;
 *       {@code -bli} -> {@code -ble} (not {@code -abli}); {@code -fulli} -> {@code -ful}; {@code -logi}
 *       -> {@code -log} when the stem with its {@code l} has a positive measure.
 * </ul>
 *
 * <p>Within a step the first rule whose suffix matches decides: when its condition fails, the word is
 * left as it is and no later rule of the step is tried (as in NLTK). Words are expected in lower case.
 */
public final class PorterStemmer {

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("sky", "sky"), Map.entry("skies", "sky"),
      Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
      Map.entry("news", "news"),
      Map.entry("innings", "inning"), Map.entry("inning", "inning"),
      Map.entry("outings", "outing"), Map.entry("outing", "outing"),
      Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
      Map.entry("howe", "howe"),
      Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

  /** A suffix rule: {@code suffix} is replaced by {@code replacement} when the stem before it passes. */
  private record Rule(String suffix, String replacement, Predicate<String> condition) {}

  private static final Predicate<String> POSITIVE_MEASURE = s -> measure(s) > 0;
  private static final Predicate<String> MEASURE_ABOVE_ONE = s -> measure(s) > 1;

  private static final List<Rule> STEP1A = List.of(
      new Rule("sses", "ss", s -> true),
      new Rule("ies", "i", s -> true),
      new Rule("ss", "ss", s -> true),
      new Rule("s", "", s -> true));

  private static final List<Rule> STEP2 = List.of(
      new Rule("ational", "ate", POSITIVE_MEASURE),
      new Rule("tional", "tion", POSITIVE_MEASURE),
      new Rule("enci", "ence", POSITIVE_MEASURE),
      new Rule("anci", "ance", POSITIVE_MEASURE),
      new Rule("izer", "ize", POSITIVE_MEASURE),
      new Rule("bli", "ble", POSITIVE_MEASURE),
      new Rule("alli", "al", POSITIVE_MEASURE),
      new Rule("entli", "ent", POSITIVE_MEASURE),
      new Rule("eli", "e", POSITIVE_MEASURE),
      new Rule("ousli", "ous", POSITIVE_MEASURE),
      new Rule("ization", "ize", POSITIVE_MEASURE),
      new Rule("ation", "ate", POSITIVE_MEASURE),
      new Rule("ator", "ate", POSITIVE_MEASURE),
      new Rule("alism", "al", POSITIVE_MEASURE),
      new Rule("iveness", "ive", POSITIVE_MEASURE),
      new Rule("fulness", "ful", POSITIVE_MEASURE),
      new Rule("ousness", "ous", POSITIVE_MEASURE),
      new Rule("aliti", "al", POSITIVE_MEASURE),
      new Rule("iviti", "ive", POSITIVE_MEASURE),
      new Rule("biliti", "ble", POSITIVE_MEASURE),
      new Rule("fulli", "ful", POSITIVE_MEASURE),
      // The stem keeps the l of -logi ("geo" + "l" has a positive measure).
      new Rule("logi", "log", s -> measure(s + "l") > 0));

  private static final List<Rule> STEP3 = List.of(
      new Rule("icate", "ic", POSITIVE_MEASURE),
      new Rule("ative", "", POSITIVE_MEASURE),
      new Rule("alize", "al", POSITIVE_MEASURE),
      new Rule("iciti", "ic", POSITIVE_MEASURE),
      new Rule("ical", "ic", POSITIVE_MEASURE),
      new Rule("ful", "", POSITIVE_MEASURE),
      new Rule("ness", "", POSITIVE_MEASURE));

  private static final List<Rule> STEP4 = List.of(
      new Rule("al", "", MEASURE_ABOVE_ONE),
      new Rule("ance", "", MEASURE_ABOVE_ONE),
      new Rule("ence", "", MEASURE_ABOVE_ONE),
      new Rule("er", "", MEASURE_ABOVE_ONE),
      new Rule("ic", "", MEASURE_ABOVE_ONE),
      new Rule("able", "", MEASURE_ABOVE_ONE),
      new Rule("ible", "", MEASURE_ABOVE_ONE),
      new Rule("ant", "", MEASURE_ABOVE_ONE),
      new Rule("ement", "", MEASURE_ABOVE_ONE),
      new Rule("ment", "", MEASURE_ABOVE_ONE),
      new Rule("ent", "", MEASURE_ABOVE_ONE),
      new Rule("ion", "", s -> measure(s) > 1 && (s.endsWith("s") || s.endsWith("t"))),
      new Rule("ou", "", MEASURE_ABOVE_ONE),
      new Rule("ism", "", MEASURE_ABOVE_ONE),
      new Rule("ate", "", MEASURE_ABOVE_ONE),
      new Rule("iti", "", MEASURE_ABOVE_ONE),
      new Rule("ous", "", MEASURE_ABOVE_ONE),
      new Rule("ive", "", MEASURE_ABOVE_ONE),
      new Rule("ize", "", MEASURE_ABOVE_ONE));

  private PorterStemmer() {}

  /** The stem of a lower-case word. */
  public static String stem(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.length() <= 2) {
      return word;
    }
    String w = step1a(word);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = applyFirst(w, STEP3);
    w = applyFirst(w, STEP4);
    w = step5a(w);
    return step5b(w);
  }

  private static String step1a(String w) {
    if (w.length() == 4 && w.endsWith("ies")) {
      return w.substring(0, 1) + "ie";
    }
    return applyFirst(w, STEP1A);
  }

  private static String step1b(String w) {
    if (w.endsWith("ied")) {
      return cut(w, 3) + (w.length() == 4 ? "ie" : "i");
    }
    if (w.endsWith("eed")) {
      String stem = cut(w, 3);
      return measure(stem) > 0 ? stem + "ee" : w;
    }
    String stem;
    if (w.endsWith("ed") && containsVowel(cut(w, 2))) {
      stem = cut(w, 2);
    } else if (w.endsWith("ing") && containsVowel(cut(w, 3))) {
      stem = cut(w, 3);
    } else {
      return w;
    }
    if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
      return stem + "e";
    }
    if (endsDoubleConsonant(stem)) {
      char last = stem.charAt(stem.length() - 1);
      return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1);
    }
    return measure(stem) == 1 && endsCvc(stem) ? stem + "e" : stem;
  }

  private static String step1c(String w) {
    if (w.endsWith("y")) {
      String stem = cut(w, 1);
      if (stem.length() > 1 && isConsonant(stem, stem.length() - 1)) {
        return stem + "i";
      }
    }
    return w;
  }

  private static String step2(String w) {
    if (w.endsWith("alli") && measure(cut(w, 4)) > 0) {
      return step2(cut(w, 4) + "al");
    }
    return applyFirst(w, STEP2);
  }

  private static String step5a(String w) {
    if (w.endsWith("e")) {
      String stem = cut(w, 1);
      int m = measure(stem);
      if (m > 1 || (m == 1 && !endsCvc(stem))) {
        return stem;
      }
    }
    return w;
  }

  private static String step5b(String w) {
    return w.endsWith("ll") && measure(cut(w, 1)) > 1 ? cut(w, 1) : w;
  }

  /** The first rule whose suffix matches decides (see the class comment). */
  private static String applyFirst(String w, List<Rule> rules) {
    for (Rule r : rules) {
      if (w.endsWith(r.suffix())) {
        String stem = cut(w, r.suffix().length());
        return r.condition().test(stem) ? stem + r.replacement() : w;
      }
    }
    return w;
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  /** A letter other than a, e, i, o, u, and other than a y after a consonant (digits count as consonants). */
  static boolean isConsonant(String w, int i) {
    char c = w.charAt(i);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
      return false;
    }
    if (c == 'y') {
      return i == 0 || !isConsonant(w, i - 1);
    }
    return true;
  }

  /** Porter's m: the number of vowel-consonant transitions. */
  static int measure(String s) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < s.length(); i++) {
      boolean consonant = isConsonant(s, i);
      if (consonant && previousVowel) {
        m++;
      }
      previousVowel = !consonant;
    }
    return m;
  }

  private static boolean containsVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isConsonant(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsDoubleConsonant(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
  }

  /** Porter's *o (consonant-vowel-consonant, the last not w, x or y), or NLTK's two-letter vowel-consonant. */
  private static boolean endsCvc(String w) {
    int n = w.length();
    if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)) {
      char last = w.charAt(n - 1);
      if (last != 'w' && last != 'x' && last != 'y') {
        return true;
      }
    }
    return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
  }
}
