package org.rdrop.text.tokenize;

import static org.rdrop.text.tokenize.PerlCharClasses.ALNUM;
import static org.rdrop.text.tokenize.PerlCharClasses.ALPHA;
import static org.rdrop.text.tokenize.PerlCharClasses.NUMBER;
import static org.rdrop.text.tokenize.PerlCharClasses.SPACE;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port of Moses' {@code scripts/tokenizer/tokenizer.perl} (mosesdecoder master, the version fairseq's
 * prepare-iwslt14.sh runs as {@code tokenizer.perl -threads 8 -l $lang}), without the -penn, -x and
 * -protected modes. The regex steps run in the Perl order; see the step comments.
 *
 * <p>Input is one line without its line terminator; the result has no terminator either. As in Perl, a line
 * that is empty or only whitespace is returned unchanged, and the output can end with a space in one case
 * (a line ending in {@code .'} becomes {@code ... . &apos; }, from the Perl step {@code s/\.\' ?$/ . ' /}).
 *
 * <p>Immutable and thread-safe; construction is cheap after the first use of a language (prefix lists are
 * cached), and instances are serializable, so a Beam DoFn can hold one or build it in {@code @Setup}.
 */
public final class MosesTokenizer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(MosesTokenizer.class);

  /**
   * Tokenizer switches. {@code escape}: XML-escape {@code & | < > ' " [ ]} (tokenizer.perl default; off with
   * -no-escape). {@code aggressiveDash}: split hyphens between alphanumerics into {@code @-@} (Perl -a).
   */
  public record Options(boolean escape, boolean aggressiveDash) implements Serializable {
    /** The defaults of tokenizer.perl: escaping on, aggressive hyphen splitting off. */
    public static final Options DEFAULT = new Options(true, false);

    public Options withEscape(boolean value) {
      return new Options(value, aggressiveDash);
    }

    public Options withAggressiveDash(boolean value) {
      return new Options(escape, value);
    }
  }

  private enum ApostropheRule { ENGLISH, FRENCH_ITALIAN, OTHER }

  // "remove ASCII junk"
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[" + SPACE + "]+");
  private static final Pattern CONTROL_CHARS = Pattern.compile("[\\x00-\\x1F]");
  private static final Pattern SPACE_RUN = Pattern.compile(" +");
  // "separate out all other special characters"
  private static final Pattern SPECIAL_CHAR = Pattern.compile("([^" + ALNUM + SPACE + ".'`,\\-])");
  private static final Pattern AGGRESSIVE_HYPHEN = Pattern.compile("([" + ALNUM + "])-(?=[" + ALNUM + "])");
  // "multi-dots stay together"
  private static final Pattern MULTI_DOT = Pattern.compile("\\.(\\.+)");
  private static final Pattern DOTMULTI_BEFORE_OTHER = Pattern.compile("DOTMULTI\\.([^.])");
  private static final Pattern DOTMULTI_DOT = Pattern.compile("DOTMULTI\\.");
  // "separate out ',' except if within numbers (5,300)"
  private static final Pattern COMMA_AFTER_NON_NUMBER = Pattern.compile("([^" + NUMBER + "]),");
  private static final Pattern COMMA_BEFORE_NON_NUMBER = Pattern.compile(",([^" + NUMBER + "])");
  private static final Pattern COMMA_AFTER_NUMBER_AT_END = Pattern.compile("([" + NUMBER + "]),$");
  // apostrophes; the classes are those of the Perl rules
  private static final Pattern APOS_NONALPHA_NONALPHA = Pattern.compile("([^" + ALPHA + "])'([^" + ALPHA + "])");
  private static final Pattern APOS_NONALPHANUM_ALPHA = Pattern.compile(
      "([^" + ALPHA + NUMBER + "])'([" + ALPHA + "])");
  private static final Pattern APOS_NONALPHA_ALPHA = Pattern.compile("([^" + ALPHA + "])'([" + ALPHA + "])");
  private static final Pattern APOS_ALPHA_NONALPHA = Pattern.compile("([" + ALPHA + "])'([^" + ALPHA + "])");
  private static final Pattern APOS_ALPHA_ALPHA = Pattern.compile("([" + ALPHA + "])'([" + ALPHA + "])");
  private static final Pattern APOS_NUMBER_S = Pattern.compile("([" + NUMBER + "])'(s)");
  private static final Pattern APOS = Pattern.compile("'");
  // ".' at end of sentence is missed"
  private static final Pattern FINAL_DOT_APOSTROPHE = Pattern.compile("\\.' ?$");
  private static final Pattern BLANK_LINE = Pattern.compile("[" + SPACE + "]*");

  private final String language;
  private final Options options;
  private final ApostropheRule apostropheRule;
  private final NonbreakingPrefixes prefixes;

  private MosesTokenizer(String language, Options options) {
    this.language = language;
    this.options = options;
    this.apostropheRule = switch (language) {
      case "en" -> ApostropheRule.ENGLISH;
      case "fr", "it" -> ApostropheRule.FRENCH_ITALIAN;
      default -> ApostropheRule.OTHER;
    };
    String prefixLanguage = MosesLanguages.prefixLanguage(language);
    if (!prefixLanguage.equals(language)) {
      LOG.warn("No nonbreaking prefixes for language '{}'; falling back to English as tokenizer.perl does",
          language);
    }
    this.prefixes = NonbreakingPrefixes.forLanguage(prefixLanguage);
  }

  /** tokenizer.perl {@code -l language} with default options. */
  public static MosesTokenizer forLanguage(String language) {
    return forLanguage(language, Options.DEFAULT);
  }

  /**
   * tokenizer.perl {@code -l language}. Languages en, de, es, fr, it are fully supported; a code for which
   * Moses has its own data or rules that we do not ship is rejected; any other code uses the English prefix
   * list and the generic apostrophe rule, with a warning, as tokenizer.perl does.
   */
  public static MosesTokenizer forLanguage(String language, Options options) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(options, "options");
    if (language.isEmpty()) {
      throw new IllegalArgumentException("Empty language code");
    }
    return new MosesTokenizer(language, options);
  }

  public String language() {
    return language;
  }

  public Options options() {
    return options;
  }

  /** Tokenizes one line (no line terminator) as tokenizer.perl prints it, minus the final newline. */
  public String tokenize(String line) {
    if (BLANK_LINE.matcher(line).matches()) {
      return line; // tokenizer.perl prints lines matching /^\s*$/ untouched
    }
    String text = " " + line + " ";
    text = WHITESPACE_RUN.matcher(text).replaceAll(" ");
    text = CONTROL_CHARS.matcher(text).replaceAll("");
    text = trimOneSpace(SPACE_RUN.matcher(text).replaceAll(" "));

    text = SPECIAL_CHAR.matcher(text).replaceAll(" $1 ");
    if (options.aggressiveDash()) {
      text = AGGRESSIVE_HYPHEN.matcher(text).replaceAll("$1 @-@ ");
    }

    text = MULTI_DOT.matcher(text).replaceAll(" DOTMULTI$1");
    while (text.contains("DOTMULTI.")) {
      text = DOTMULTI_BEFORE_OTHER.matcher(text).replaceAll("DOTDOTMULTI $1");
      text = DOTMULTI_DOT.matcher(text).replaceAll("DOTDOTMULTI");
    }

    text = COMMA_AFTER_NON_NUMBER.matcher(text).replaceAll("$1 , ");
    text = COMMA_BEFORE_NON_NUMBER.matcher(text).replaceAll(" , $1");
    text = COMMA_AFTER_NUMBER_AT_END.matcher(text).replaceAll("$1 ,");

    text = splitApostrophes(text);
    text = splitFinalPeriods(text);

    text = trimOneSpace(SPACE_RUN.matcher(text).replaceAll(" "));
    text = FINAL_DOT_APOSTROPHE.matcher(text).replaceFirst(" . ' ");

    while (text.contains("DOTDOTMULTI")) {
      text = text.replace("DOTDOTMULTI", "DOTMULTI.");
    }
    text = text.replace("DOTMULTI", ".");

    return options.escape() ? MosesEscaping.escape(text) : text;
  }

  private String splitApostrophes(String text) {
    return switch (apostropheRule) {
      case ENGLISH -> {
        // split contractions right: "don't" -> "don 't", "1990's" -> "1990 's"
        text = APOS_NONALPHA_NONALPHA.matcher(text).replaceAll("$1 ' $2");
        text = APOS_NONALPHANUM_ALPHA.matcher(text).replaceAll("$1 ' $2");
        text = APOS_ALPHA_NONALPHA.matcher(text).replaceAll("$1 ' $2");
        text = APOS_ALPHA_ALPHA.matcher(text).replaceAll("$1 '$2");
        yield APOS_NUMBER_S.matcher(text).replaceAll("$1 '$2");
      }
      case FRENCH_ITALIAN -> {
        // split contractions left: "l'amitié" -> "l' amitié"
        text = APOS_NONALPHA_NONALPHA.matcher(text).replaceAll("$1 ' $2");
        text = APOS_NONALPHA_ALPHA.matcher(text).replaceAll("$1 ' $2");
        text = APOS_ALPHA_NONALPHA.matcher(text).replaceAll("$1 ' $2");
        yield APOS_ALPHA_ALPHA.matcher(text).replaceAll("$1' $2");
      }
      case OTHER -> APOS.matcher(text).replaceAll(" ' ");
    };
  }

  /**
   * The "word token method": a word ending in a period has it split off unless the word is a nonbreaking
   * prefix, contains another period and a letter ("U.S."), or the next word starts lowercase; numeric-only
   * prefixes stay joined before a digit. The last word is always split. Words come from Perl's
   * {@code split(/\s/)}, which keeps empty words between double spaces and drops trailing ones; Java's
   * {@code String.split} does the same, and the empty words matter for the next-word checks.
   */
  private String splitFinalPeriods(String text) {
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = words.length - 1;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.length() > 1 && word.charAt(word.length() - 1) == '.') {
        String pre = word.substring(0, word.length() - 1);
        if (i == last) {
          word = pre + " .";
        } else if (!keepsPeriod(pre, words[i + 1])) {
          word = pre + " .";
        }
      }
      out.append(word).append(' ');
    }
    return out.toString();
  }

  private boolean keepsPeriod(String pre, String next) {
    NonbreakingPrefixes.Kind kind = prefixes.kindOf(pre);
    if ((pre.indexOf('.') >= 0 && PerlCharClasses.containsAlpha(pre))
        || kind == NonbreakingPrefixes.Kind.ALWAYS
        || PerlCharClasses.startsWithLower(next)) {
      return true;
    }
    return kind == NonbreakingPrefixes.Kind.NUMERIC_ONLY && !next.isEmpty()
        && next.charAt(0) >= '0' && next.charAt(0) <= '9';
  }

  /** Perl's {@code s/^ //g; s/ $//g} after spaces were collapsed: at most one space at each end. */
  private static String trimOneSpace(String text) {
    int start = text.startsWith(" ") ? 1 : 0;
    int end = text.length() > start && text.endsWith(" ") ? text.length() - 1 : text.length();
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return "MosesTokenizer[" + language + ", " + options + "]";
  }
}
