package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * BLEU the way the R-Drop paper (and most NMT papers of its time) scored: on tokenized text, after
 * fairseq's {@code scripts/compound_split_bleu.sh} split hyphenated compounds with {@code perl -ple
 * 's{(\S)-(\S)}{$1 ##AT##-##AT## $2}g'}.
 *
 * <p>Two scorers read the split text:
 *
 * <ul>
 *   <li>{@link Flavor#MULTI_BLEU}: Moses' {@code multi-bleu.perl} (tokens split on ASCII whitespace,
 *       several references, {@code -lc} lowercases ASCII only, as Perl does on bytes);
 *   <li>{@link Flavor#FAIRSEQ_SCORE}: {@code fairseq-score}, which compound_split_bleu.sh actually
 *       calls: one reference, tokens split on Unicode whitespace, a reference {@code <unk>} never
 *       matches, and an empty line counts as one token (the end-of-sentence symbol survives
 *       fairseq's trimming when it is alone).
 * </ul>
 *
 * Both count n-grams (1..4) with clipping and the closest reference length, and score
 * BP * exp(mean log precision) without smoothing.
 */
public final class TokenizedBleu {
  private TokenizedBleu() {}

  /** Which script's conventions to follow. */
  public enum Flavor {
    MULTI_BLEU,
    FAIRSEQ_SCORE
  }

  /** A reference token that no hypothesis token can equal (tokens never contain spaces). */
  private static final String NEVER_MATCHES = " <unk>";

  /**
   * The compound split of compound_split_bleu.sh. Perl runs it on bytes, so {@code \S} is any byte
   * but ASCII whitespace, and after a match the scan resumes inside a multi-byte character; this
   * works on the UTF-8 bytes to do the same.
   */
  public static String splitCompounds(String line) {
    byte[] in = line.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 32);
    byte[] marker = " ##AT##-##AT## ".getBytes(StandardCharsets.US_ASCII);
    int i = 0;
    while (i < in.length) {
      if (i + 2 < in.length && !isPerlSpace(in[i]) && in[i + 1] == '-' && !isPerlSpace(in[i + 2])) {
        out.write(in[i]);
        out.write(marker, 0, marker.length);
        out.write(in[i + 2]);
        i += 3;
      } else {
        out.write(in[i]);
        i++;
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** Perl's {@code \s} on bytes (5.18 and later): space, \t, \n, \v, \f, \r. */
  private static boolean isPerlSpace(int b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0d);
  }

  /** Perl's {@code split} with no pattern: runs of non-whitespace, ASCII whitespace only. */
  public static List<String> perlSplit(String line) {
    List<String> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && isPerlSpace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isPerlSpace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(line.substring(start, i));
      }
    }
    return out;
  }

  /** Perl's {@code lc} on bytes: A-Z only. */
  private static String asciiLower(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) (c + 32));
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Scores {@code hypotheses} against {@code referenceStreams} (each parallel to the hypotheses).
   *
   * @param compoundSplit apply compound_split_bleu.sh's split to both sides first
   * @param lowercase multi-bleu.perl's {@code -lc} / fairseq-score's {@code --ignore-case}
   */
  public static Result score(
      Flavor flavor, List<String> hypotheses, List<? extends List<String>> referenceStreams,
      boolean compoundSplit, boolean lowercase) {
    if (referenceStreams.isEmpty()) {
      throw new IllegalArgumentException("no reference stream");
    }
    if (flavor == Flavor.FAIRSEQ_SCORE && referenceStreams.size() != 1) {
      throw new IllegalArgumentException("fairseq-score takes exactly one reference");
    }
    for (List<String> stream : referenceStreams) {
      if (stream.size() != hypotheses.size()) {
        throw new IllegalArgumentException(
            hypotheses.size() + " hypotheses but " + stream.size() + " references");
      }
    }
    TokenIndex index = new TokenIndex();
    long[] sum = new long[BleuStats.SIZE];
    for (int i = 0; i < hypotheses.size(); i++) {
      List<List<String>> refs = new ArrayList<>();
      for (List<String> stream : referenceStreams) {
        refs.add(tokens(flavor, stream.get(i), compoundSplit, lowercase, true));
      }
      List<String> hyp = tokens(flavor, hypotheses.get(i), compoundSplit, lowercase, false);
      SentenceReferences.of(refs, index).match(hyp, index).addTo(sum);
    }
    return new Result(flavor, BleuStats.of(sum));
  }

  private static List<String> tokens(
      Flavor flavor, String line, boolean compoundSplit, boolean lowercase, boolean reference) {
    if (compoundSplit) {
      line = splitCompounds(line);
    }
    if (flavor == Flavor.MULTI_BLEU) {
      return perlSplit(lowercase ? asciiLower(line) : line);
    }
    // fairseq: Dictionary.encode_line appends </s>; bleu_trim drops leading <pad>s and trailing
    // </s> and <pad>s but never the first position. A reference <unk> is made unmatchable.
    List<String> t = PythonStrings.split(lowercase ? PythonStrings.lower(line) : line);
    t.add("</s>");
    int start = 0;
    while (start < t.size() && t.get(start).equals("<pad>")) {
      start++;
    }
    int end = t.size() - 1;
    while (end > start && (t.get(end).equals("</s>") || t.get(end).equals("<pad>"))) {
      end--;
    }
    List<String> kept = new ArrayList<>(t.subList(start, Math.max(start, end + 1)));
    if (reference) {
      kept.replaceAll(w -> w.equals("<unk>") ? NEVER_MATCHES : w);
    }
    return kept;
  }

  /** Corpus statistics and the score as the chosen script computes and prints it. */
  public static final class Result {
    private final Flavor flavor;
    private final BleuStats stats;
    private final double[] precisions = new double[BleuStats.MAX_ORDER];
    private final double bp;
    private final double bleu;

    Result(Flavor flavor, BleuStats stats) {
      this.flavor = flavor;
      this.stats = stats;
      double logSum = 0;
      for (int n = 1; n <= BleuStats.MAX_ORDER; n++) {
        precisions[n - 1] = stats.total(n) > 0 ? (double) stats.correct(n) / stats.total(n) : 0;
        if (flavor == Flavor.MULTI_BLEU) {
          logSum += precisions[n - 1] != 0 ? StrictMath.log(precisions[n - 1]) : -9999999999.0;
        } else {
          logSum += precisions[n - 1] > 0 ? StrictMath.log(precisions[n - 1]) : Double.NEGATIVE_INFINITY;
        }
      }
      long sys = stats.sysLen();
      long ref = stats.refLen();
      // multi-bleu.perl dies on an empty output (division by zero); here its BLEU is 0.
      bp = sys == 0 ? 0 : sys < ref ? StrictMath.exp(1 - (double) ref / sys) : 1.0;
      bleu = bp * StrictMath.exp(logSum / BleuStats.MAX_ORDER);
    }

    public Flavor flavor() {
      return flavor;
    }

    public BleuStats stats() {
      return stats;
    }

    /** BLEU in percent. */
    public double score() {
      return 100 * bleu;
    }

    /** Precisions as fractions (0..1). */
    public double[] precisions() {
      return precisions.clone();
    }

    public double bp() {
      return bp;
    }

    /**
     * The script's own line: {@code BLEU = 34.64, 70.1/44.3/30.2/21.0 (BP=1.000, ratio=1.010,
     * hyp_len=..., ref_len=...)} for multi-bleu.perl, {@code BLEU4 = 34.64, ... syslen=...,
     * reflen=...)} for fairseq-score.
     */
    public String format() {
      long sys = stats.sysLen();
      long ref = stats.refLen();
      if (flavor == Flavor.MULTI_BLEU && ref == 0) {
        return "BLEU = 0, 0/0/0/0 (BP=0, ratio=0, hyp_len=0, ref_len=0)";
      }
      StringBuilder s = new StringBuilder(flavor == Flavor.MULTI_BLEU ? "BLEU = " : "BLEU4 = ");
      s.append(PythonFloats.fixed(score(), 2)).append(", ");
      for (int i = 0; i < precisions.length; i++) {
        s.append(i > 0 ? "/" : "").append(PythonFloats.fixed(100 * precisions[i], 1));
      }
      double ratio = ref == 0 ? 0 : (double) sys / ref;
      s.append(" (BP=").append(PythonFloats.fixed(bp, 3));
      s.append(", ratio=").append(PythonFloats.fixed(ratio, 3));
      if (flavor == Flavor.MULTI_BLEU) {
        s.append(", hyp_len=").append(sys).append(", ref_len=").append(ref).append(')');
      } else {
        s.append(", syslen=").append(sys).append(", reflen=").append(ref).append(')');
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return format();
    }
  }
}
