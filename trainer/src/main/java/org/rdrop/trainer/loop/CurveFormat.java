package org.rdrop.trainer.loop;

import java.util.List;
import java.util.Locale;

/**
 * The per-step loss curve ({@code curve.tsv}) and the validation log ({@code valid.tsv}).
 *
 * <p>curve.tsv, one row per update:
 *
 * <ul>
 *   <li>{@code step}: updates completed including this one (1-based, fairseq's num_updates);
 *   <li>{@code epoch}: 1-based epoch of the batch; {@code passes}: 1 (baseline step) or m (R-Drop);
 *   <li>{@code sentences}, {@code tokens}: size of ONE copy of the batch (non-pad target tokens);
 *   <li>{@code lr}: learning rate used by this update;
 *   <li>{@code loss}: the optimised objective (CE over all passes + alpha * consistency) / tokens;
 *   <li>{@code nll}: un-smoothed NLL per target token, averaged over the passes (comparable between
 *       baseline and R-Drop);
 *   <li>{@code kl}: the consistency term (KL, or MSE) / tokens, before alpha; 0 on baseline steps;
 *   <li>{@code grad_norm}: L2 norm of the normalised gradient before clipping.
 * </ul>
 *
 * All losses are in nats (fairseq logs base 2). Each float column is followed, at the end of the row, by
 * {@code <column>_bits}: the 16 hex digits of the value's IEEE-754 binary64 bits, for bit-exact comparison.
 *
 * <p>valid.tsv, one row per checkpoint: {@code step}, {@code sentences}, {@code tokens}, {@code loss}
 * (label-smoothed CE per token), {@code nll} (per token), then the bits columns.
 */
public final class CurveFormat {
  public static final List<String> CURVE_HEADER =
      List.of(
          "step", "epoch", "passes", "sentences", "tokens", "lr", "loss", "nll", "kl", "grad_norm",
          "lr_bits", "loss_bits", "nll_bits", "kl_bits", "grad_norm_bits");

  public static final List<String> VALID_HEADER =
      List.of("step", "sentences", "tokens", "loss", "nll", "loss_bits", "nll_bits");

  private CurveFormat() {}

  /** One curve row. */
  public record Row(
      long step, int epoch, int passes, long sentences, long tokens, double lr, double loss, double nll, double kl,
      double gradNorm) {

    List<String> cells() {
      return List.of(
          Long.toString(step), Integer.toString(epoch), Integer.toString(passes), Long.toString(sentences),
          Long.toString(tokens), sci(lr), fixed(loss), fixed(nll), fixed(kl), fixed(gradNorm),
          bits(lr), bits(loss), bits(nll), bits(kl), bits(gradNorm));
    }
  }

  /** One validation row. */
  public record ValidRow(long step, long sentences, long tokens, double loss, double nll) {
    List<String> cells() {
      return List.of(
          Long.toString(step), Long.toString(sentences), Long.toString(tokens), fixed(loss), fixed(nll),
          bits(loss), bits(nll));
    }
  }

  static String fixed(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  static String sci(double v) {
    return String.format(Locale.ROOT, "%.6e", v);
  }

  /** IEEE-754 binary64 bits as 16 lower-case hex digits. */
  public static String bits(double v) {
    return String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(v));
  }

  /** Inverse of {@link #bits}. */
  public static double fromBits(String hex) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
  }
}
