package org.rdrop.text.tokenize;

import static org.rdrop.text.tokenize.PerlCharClasses.CURRENCY;
import static org.rdrop.text.tokenize.PerlCharClasses.SPACE;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port of Moses' {@code scripts/tokenizer/detokenizer.perl} (default options: no -u, no -penn).
 *
 * <p>Language rules: en (contractions such as {@code 's} and possessive {@code s '} join left), fr and it
 * (elided {@code l'} joins right; fr puts a space before {@code ? ! : ; \ %}). Moses has no rules for es or
 * de, so they get only the generic rules, as with detokenizer.perl. cs and fi have Perl rules that are not
 * ported and are rejected; other codes get the generic rules with a warning, as in Perl.
 *
 * <p>Input is one line without terminator. Lines that are blank or look like an XML tag ({@code <...>}) are
 * returned unchanged, as detokenizer.perl prints them. Immutable, thread-safe, serializable.
 */
public final class MosesDetokenizer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(MosesDetokenizer.class);

  private static final Set<String> WITH_RULES = Set.of("en", "fr", "it");
  private static final Set<String> WITHOUT_RULES_IN_MOSES = Set.of("de", "es");
  private static final Set<String> NOT_PORTED = Set.of("cs", "fi");

  private static final Pattern TAG_LINE = Pattern.compile("<[^\n]+>\n?");
  private static final Pattern BLANK_LINE = Pattern.compile("[" + SPACE + "]*");
  private static final Pattern RIGHT_SHIFT = Pattern.compile("[" + CURRENCY + "(\\[{¿¡]+");
  private static final Pattern LEFT_SHIFT = Pattern.compile("[,.?!:;\\\\%}\\])]+");
  private static final Pattern FRENCH_SPACED = Pattern.compile("[?!:;\\\\%]");
  private static final Pattern QUOTES = Pattern.compile("['\"„“`]+");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[„“”]+");
  private static final Pattern SPACE_RUN = Pattern.compile(" +");

  private final String language;

  private MosesDetokenizer(String language) {
    this.language = language;
  }

  public static MosesDetokenizer forLanguage(String language) {
    Objects.requireNonNull(language, "language");
    if (NOT_PORTED.contains(language)) {
      throw new IllegalArgumentException("detokenizer.perl has rules for '" + language
          + "' that this port does not implement; supported with rules: " + MosesLanguages.sorted(WITH_RULES));
    }
    if (!WITH_RULES.contains(language) && !WITHOUT_RULES_IN_MOSES.contains(language)) {
      LOG.warn("No built-in detokenizer rules for language '{}'; using the generic ones, as detokenizer.perl",
          language);
    }
    return new MosesDetokenizer(language);
  }

  public String language() {
    return language;
  }

  /** Detokenizes one tokenized line, as detokenizer.perl prints it minus the final newline. */
  public String detokenize(String line) {
    if (TAG_LINE.matcher(line).matches() || BLANK_LINE.matcher(line).matches()) {
      return line;
    }
    String text = (" " + line + " ").replace(" @-@ ", "-");
    text = MosesEscaping.unescape(text);

    // Perl split(/ /): keeps leading and inner empty words, drops trailing ones, like String.split.
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder(text.length());
    Map<String, Integer> quoteCount = new HashMap<>(); // lookups only
    String prependSpace = " ";
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (CjkRanges.startsWithCjk(word)) {
        if (i > 0 && CjkRanges.endsWithCjk(words[i - 1])) {
          out.append(word); // consecutive CJK words join
        } else {
          out.append(prependSpace).append(word);
        }
        prependSpace = " ";
      } else if (RIGHT_SHIFT.matcher(word).matches()) {
        out.append(prependSpace).append(word); // currency and opening brackets attach to the next word
        prependSpace = "";
      } else if (LEFT_SHIFT.matcher(word).matches()) {
        if (language.equals("fr") && FRENCH_SPACED.matcher(word).matches()) {
          out.append(' ');
        }
        out.append(word); // punctuation attaches to the previous word
        prependSpace = " ";
      } else if (language.equals("en") && i > 0 && isEnglishContraction(word)
          && PerlCharClasses.endsWithAlnum(words[i - 1])) {
        out.append(word);
        prependSpace = " ";
      } else if ((language.equals("fr") || language.equals("it")) && i <= words.length - 2
          && isElision(word) && startsWithAlpha(words[i + 1])) {
        out.append(prependSpace).append(word);
        prependSpace = "";
      } else if (QUOTES.matcher(word).matches()) {
        String normalized = DOUBLE_QUOTES.matcher(word).matches() ? "\"" : word;
        int count = quoteCount.getOrDefault(normalized, 0);
        if (count % 2 == 0) {
          if (language.equals("en") && word.equals("'") && i > 0 && words[i - 1].endsWith("s")) {
            out.append(word); // possessive of a word ending in s: "the Jones' house"; not counted
            prependSpace = " ";
          } else {
            out.append(prependSpace).append(word); // opening quote
            prependSpace = "";
            quoteCount.put(normalized, count + 1);
          }
        } else {
          out.append(word); // closing quote
          prependSpace = " ";
          quoteCount.put(normalized, count + 1);
        }
      } else {
        out.append(prependSpace).append(word);
        prependSpace = " ";
      }
    }
    return cleanSpaces(out.toString());
  }

  /** Perl: {@code /^[\'][\p{IsAlpha}]/}. */
  private static boolean isEnglishContraction(String word) {
    return word.length() > 1 && word.charAt(0) == '\'' && PerlCharClasses.isAlpha(word.codePointAt(1));
  }

  /** Perl: {@code /[\p{IsAlpha}][\']$/}. */
  private static boolean isElision(String word) {
    int n = word.length();
    return n > 1 && word.charAt(n - 1) == '\'' && PerlCharClasses.isAlpha(word.codePointBefore(n - 1));
  }

  private static boolean startsWithAlpha(String word) {
    return !word.isEmpty() && PerlCharClasses.isAlpha(word.codePointAt(0));
  }

  /** Perl: {@code s/ +/ /g; s/\n /\n/g; s/ \n/\n/g; s/^ //g; s/ $//g}. */
  private static String cleanSpaces(String text) {
    String t = SPACE_RUN.matcher(text).replaceAll(" ").replace("\n ", "\n").replace(" \n", "\n");
    int start = t.startsWith(" ") ? 1 : 0;
    int end = t.length() > start && t.endsWith(" ") ? t.length() - 1 : t.length();
    return t.substring(start, end);
  }

  @Override
  public String toString() {
    return "MosesDetokenizer[" + language + "]";
  }
}
