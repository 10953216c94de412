package org.rdrop.pipeline.eval;

import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.trainer.data.Specials;

/**
 * From hypothesis ids to the texts that are scored, as fairseq-generate prints them: the BPE'd tokens
 * ({@code Dictionary.string}: eos and bos left out, unknown as {@code <unk>}), then {@code --remove-bpe}
 * (fairseq's {@code post_process} with {@code subword_nmt}: {@code (line + ' ').replace('@@ ',
 * '').rstrip()}), giving the tokenized text of the paper's BLEU; Moses detokenization of that gives the
 * text for sacreBLEU.
 */
public final class Postprocess {
  /** subword-nmt's continuation marker plus the space that follows it. */
  static final String BPE_CONTINUATION = "@@ ";

  private Postprocess() {}

  /** Hypothesis ids (without the final eos) as space-separated symbols, as fairseq's Dictionary.string. */
  public static String symbols(int[] ids, Dictionary dict) {
    StringBuilder sb = new StringBuilder();
    for (int id : ids) {
      if (id == Specials.EOS || id == Specials.BOS) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(dict.symbol(id));
    }
    return sb.toString();
  }

  /** fairseq's {@code --remove-bpe} ({@code subword_nmt}): joins subwords marked with a trailing "@@". */
  public static String removeBpe(String line) {
    return pythonRstrip((line + " ").replace(BPE_CONTINUATION, ""));
  }

  /** Python's {@code str.rstrip()}: drops trailing characters for which {@code str.isspace} holds. */
  static String pythonRstrip(String s) {
    int end = s.length();
    while (end > 0 && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Python 3's {@code str.isspace} for BMP characters: Unicode White_Space plus the separators and
   * controls Python counts (U+001C..U+001F).
   */
  static boolean isPythonSpace(char c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000;
  }
}
