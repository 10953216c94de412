package org.rdrop.pipeline.data;

import java.io.Serializable;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Filters tokenized pairs by Moses' clean-corpus-n.perl rules and says why each dropped pair went.
 *
 * <p>Tokens are split on Perl's Unicode {@code \s}. A pair is dropped, with the first rule that fires as
 * its reason, in the script's order: {@code empty} (either side has no token; applied to every split),
 * {@code too_long} and {@code too_short} (either side outside [min, max] tokens), {@code length_ratio}
 * (either side more than ratio times longer than the other), {@code word_too_long} (a token longer than
 * 1000 characters, the script's default {@code -max-word-length}). The length rules apply when {@link Rules#lengthRules} is on (the
 * training split, as in fairseq's prepare-iwslt14.sh); validation and test keep every non-empty pair.
 */
public final class CleanCorpus extends PTransform<PCollection<SentencePair>, PCollectionTuple> {
  public static final TupleTag<SentencePair> KEPT = new TupleTag<>() {};
  /** One element per dropped pair: the rule's name. */
  public static final TupleTag<String> DROPPED = new TupleTag<>() {};

  /** The thresholds; {@code lengthRules} false keeps all non-empty pairs. */
  public record Rules(boolean lengthRules, int minTokens, int maxTokens, double lengthRatio)
      implements Serializable {
    public static Rules emptyOnly() {
      return new Rules(false, 1, Integer.MAX_VALUE, Double.POSITIVE_INFINITY);
    }

    /** The reason to drop the pair, or null to keep it. */
    public String verdict(SentencePair p) {
      int s = tokens(p.source());
      int t = tokens(p.target());
      if (s == 0 || t == 0) {
        return "empty";
      }
      if (!lengthRules) {
        return null;
      }
      if (s > maxTokens || t > maxTokens) {
        return "too_long";
      }
      if (s < minTokens || t < minTokens) {
        return "too_short";
      }
      if ((double) s / t > lengthRatio || (double) t / s > lengthRatio) {
        return "length_ratio";
      }
      if (longestToken(p.source()) > MAX_WORD_LENGTH || longestToken(p.target()) > MAX_WORD_LENGTH) {
        return "word_too_long";
      }
      return null;
    }
  }

  private final Rules rules;

  private CleanCorpus(Rules rules) {
    this.rules = rules;
  }

  public static CleanCorpus with(Rules rules) {
    return new CleanCorpus(rules);
  }

  @Override
  public PCollectionTuple expand(PCollection<SentencePair> pairs) {
    PCollectionTuple out =
        pairs.apply(
            "ApplyCleaningRules",
            ParDo.of(new FilterFn(rules)).withOutputTags(KEPT, TupleTagList.of(DROPPED)));
    out.get(KEPT).setCoder(SentencePairCoder.of());
    out.get(DROPPED).setCoder(StringUtf8Coder.of());
    return out;
  }

  static final int MAX_WORD_LENGTH = 1000;

  /** Tokens separated by Perl's Unicode whitespace, as the script's {@code split} on a collapsed line. */
  static int tokens(String text) {
    int n = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = isPerlSpace(text.charAt(i));
      if (!space && !inToken) {
        n++;
      }
      inToken = !space;
    }
    return n;
  }

  static int longestToken(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      run = isPerlSpace(c) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Perl's {@code \s} on Unicode strings: Java's whitespace lacks the no-break spaces and NEL. */
  static boolean isPerlSpace(int c) {
    if (c >= 0x1C && c <= 0x1F) {
      return false; // Java counts the information separators as whitespace; Perl does not.
    }
    return Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F;
  }

  private static final class FilterFn extends DoFn<SentencePair, SentencePair> {
    private final Rules rules;

    FilterFn(Rules rules) {
      this.rules = rules;
    }

    @ProcessElement
    public void process(@Element SentencePair pair, MultiOutputReceiver out) {
      String reason = rules.verdict(pair);
      if (reason == null) {
        out.get(KEPT).output(pair);
      } else {
        out.get(DROPPED).output(reason);
      }
    }
  }
}
