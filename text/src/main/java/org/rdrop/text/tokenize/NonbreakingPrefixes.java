package org.rdrop.text.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Moses nonbreaking-prefix list: words that, followed by a period, do not end a sentence.
 *
 * <p>Parsed as tokenizer.perl's {@code load_prefixes} does: lines starting with {@code #} and empty lines are
 * skipped; a line matching {@code (.*)\s+#NUMERIC_ONLY#} makes the group a numeric-only prefix; any other line
 * is taken verbatim (trailing spaces included, so a line "Fil " never matches a word, as in Perl). A later
 * line for the same prefix overrides an earlier one, like the Perl hash assignment.
 */
public final class NonbreakingPrefixes implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a word before a period is treated. */
  public enum Kind {
    /** Not in the list. */
    NONE,
    /** Never ends a sentence ("Mr."). */
    ALWAYS,
    /** Does not end a sentence only when a number follows ("No. 5"). */
    NUMERIC_ONLY
  }

  private static final String RESOURCE_DIR = "/org/rdrop/text/tokenize/";
  private static final Pattern NUMERIC_ONLY_LINE = Pattern.compile("(.*)" + "[" + PerlCharClasses.SPACE + "]+"
      + "#NUMERIC_ONLY#");
  private static final Map<String, NonbreakingPrefixes> CACHE = new ConcurrentHashMap<>();

  private final String source;
  private final Map<String, Kind> kinds;

  private NonbreakingPrefixes(String source, Map<String, Kind> kinds) {
    this.source = source;
    this.kinds = Map.copyOf(kinds);
  }

  /** The bundled list for a language code with a resource file (see the README beside the resources). */
  public static NonbreakingPrefixes forLanguage(String language) {
    return CACHE.computeIfAbsent(language, NonbreakingPrefixes::loadResource);
  }

  static boolean hasResource(String language) {
    return NonbreakingPrefixes.class.getResource(resourceName(language)) != null;
  }

  private static String resourceName(String language) {
    return RESOURCE_DIR + "nonbreaking_prefix." + language;
  }

  private static NonbreakingPrefixes loadResource(String language) {
    String name = resourceName(language);
    try (InputStream in = NonbreakingPrefixes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No nonbreaking prefix resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(name, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /** Parses the lines of a prefix file (without line terminators); {@code source} names it in messages. */
  public static NonbreakingPrefixes parse(String source, List<String> lines) {
    Map<String, Kind> kinds = new HashMap<>();
    for (String line : lines) {
      // Perl: chomp($item); if ($item && substr($item,0,1) ne "#") -- "0" is false in Perl as well.
      if (line.isEmpty() || line.equals("0") || line.startsWith("#")) {
        continue;
      }
      Matcher m = NUMERIC_ONLY_LINE.matcher(line);
      // Perl's unanchored match: the first (leftmost) occurrence, with greedy (.*) taking all it can.
      if (m.find()) {
        kinds.put(line.substring(m.start(1), m.end(1)), Kind.NUMERIC_ONLY);
      } else {
        kinds.put(line, Kind.ALWAYS);
      }
    }
    return new NonbreakingPrefixes(source, kinds);
  }

  public Kind kindOf(String prefix) {
    return kinds.getOrDefault(prefix, Kind.NONE);
  }

  public int size() {
    return kinds.size();
  }

  @Override
  public String toString() {
    return "NonbreakingPrefixes[" + source + ", " + kinds.size() + " entries]";
  }
}
