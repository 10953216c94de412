package org.rdrop.text.tokenize;

import java.util.Set;

/**
 * Which language codes the Moses port handles, and how.
 *
 * <p>tokenizer.perl loads {@code nonbreaking_prefix.<lang>} and, when Moses has no such file, falls back to
 * the English list with a warning. We ship the lists for {@link #SHIPPED}. For a code for which Moses has
 * its own list (or language-specific regex rules) that we do not ship, falling back to English would silently
 * differ from tokenizer.perl, so such codes are rejected; any other code falls back to English exactly as
 * Moses does.
 */
final class MosesLanguages {
  /** Languages whose prefix lists are bundled as resources. */
  static final Set<String> SHIPPED = Set.of("de", "en", "es", "fr", "it");

  /**
   * Codes with a prefix file in mosesdecoder scripts/share/nonbreaking_prefixes (as mirrored by sacremoses)
   * or with their own branches in tokenizer.perl (fi, sv, ca, tdt: special characters; ga, ca, so, tdt:
   * apostrophes).
   */
  static final Set<String> MOSES_SPECIFIC = Set.of(
      "as", "bn", "ca", "cs", "de", "el", "en", "es", "et", "fi", "fr", "ga", "gu", "hi", "hu", "is", "it",
      "kn", "lt", "lv", "ml", "mni", "mr", "nl", "or", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sv",
      "ta", "tdt", "te", "yue", "zh");

  private MosesLanguages() {}

  /** The prefix list tokenizer.perl would use for {@code language}, or an error if we cannot match it. */
  static String prefixLanguage(String language) {
    if (SHIPPED.contains(language)) {
      return language;
    }
    if (MOSES_SPECIFIC.contains(language)) {
      throw new IllegalArgumentException("Language '" + language + "' has its own rules or nonbreaking prefix"
          + " list in Moses, which this port does not ship; supported: " + sorted(SHIPPED)
          + "; other codes fall back to English as tokenizer.perl does");
    }
    return "en";
  }

  static String sorted(Set<String> set) {
    return set.stream().sorted().toList().toString();
  }
}
