package org.rdrop.bleu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sacreBLEU 2.6.0's signature for BLEU, e.g. {@code
 * nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}, character for character, so that
 * scripts that parse sacreBLEU's signatures read ours. Fields in sacreBLEU's order: nrefs, bs, ar,
 * seed, case, eff, tok, smooth, version (bs, ar and seed only with a statistical test).
 *
 * <p>The signature claims sacreBLEU 2.6.0's <em>definition</em>; who computed it is said by {@link
 * #implementation()}, which rdrop prints beside it (docs/bleu.md), never inside it.
 */
public final class BleuSignature {
  /** The sacreBLEU version whose results rdrop reproduces. */
  public static final String SACREBLEU_VERSION = "2.6.0";

  private final Map<String, String> fields;

  private BleuSignature(Map<String, String> fields) {
    this.fields = fields;
  }

  /**
   * The signature of a BLEU computed with {@code options} against {@code numRefs} references a
   * sentence ({@code -1}: varying, printed {@code var}).
   */
  public static BleuSignature of(BleuOptions options, int numRefs) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("nrefs", numRefs == -1 ? "var" : Integer.toString(numRefs));
    f.put("bs", null);
    f.put("ar", null);
    f.put("seed", null);
    f.put("case", options.lowercase() ? "lc" : "mixed");
    f.put("eff", options.effectiveOrder() ? "yes" : "no");
    f.put("tok", BleuTokenizer.forName(options.tokenize()).signature());
    String smooth = options.smoothMethod().label();
    if (options.smoothMethod().takesValue()) {
      smooth += "[" + PythonFloats.fixed(options.effectiveSmoothValue(), 2) + "]";
    }
    f.put("smooth", smooth);
    f.put("version", SACREBLEU_VERSION);
    return new BleuSignature(f);
  }

  /** With paired bootstrap resampling: {@code bs:N|seed:S}. */
  public BleuSignature withBootstrap(int samples, long seed) {
    return with("bs", Integer.toString(samples)).with("seed", Long.toString(seed));
  }

  /** With approximate randomization: {@code ar:N|seed:S}. */
  public BleuSignature withApproximateRandomization(int trials, long seed) {
    return with("ar", Integer.toString(trials)).with("seed", Long.toString(seed));
  }

  private BleuSignature with(String key, String value) {
    Map<String, String> f = new LinkedHashMap<>(fields);
    f.put(key, value);
    return new BleuSignature(f);
  }

  /** sacreBLEU's long form, {@code name:value|...}. */
  public String format() {
    return format(false);
  }

  /** The long form, or with {@code shortNames} sacreBLEU's abbreviations ({@code #:1|c:mixed|...}). */
  public String format(boolean shortNames) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (e.getValue() != null) {
        parts.add((shortNames ? abbreviation(e.getKey()) : e.getKey()) + ":" + e.getValue());
      }
    }
    return String.join("|", parts);
  }

  /** The fields that are set, in signature order. */
  public Map<String, String> fields() {
    Map<String, String> set = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (v != null) {
        set.put(k, v);
      }
    });
    return set;
  }

  private static String abbreviation(String key) {
    switch (key) {
      case "nrefs":
        return "#";
      case "seed":
        return "rs";
      case "case":
        return "c";
      case "eff":
        return "e";
      case "smooth":
        return "s";
      case "version":
        return "v";
      default:
        return key; // bs, ar, tok
    }
  }

  /** Who computed the score: {@code rdrop <version>} (the jar's version, {@code dev} from classes). */
  public static String implementation() {
    String v = BleuSignature.class.getPackage().getImplementationVersion();
    return "rdrop " + (v == null ? "dev" : v);
  }

  @Override
  public String toString() {
    return format();
  }
}
