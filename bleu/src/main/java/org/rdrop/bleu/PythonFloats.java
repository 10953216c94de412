package org.rdrop.bleu;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's two ways of printing a float that sacreBLEU's output depends on: {@code f'{x:.Nf}'} and
 * {@code repr(x)} (which {@code json.dumps} uses).
 *
 * <p>Java's own {@code String.format} and {@code Double.toString} differ from both: the first may
 * round twice, the second prints {@code 1.0E-5} and, in Java 17, not always the shortest digits.
 * Both methods here start from the exact binary value ({@code new BigDecimal(double)}), as Python
 * does.
 */
public final class PythonFloats {
  private PythonFloats() {}

  /** {@code f'{x:.{decimals}f}'}: the exact value correctly rounded, ties to even. */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String digits = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if ((x < 0 || (x == 0 && 1 / x < 0)) && !digits.startsWith("-")) {
      digits = "-" + digits; // Python keeps the sign of a negative value that rounds to zero
    }
    return digits;
  }

  /** {@code float(f'{x:.{decimals}f}')}: the value sacreBLEU puts in its JSON as the score. */
  public static double rounded(double x, int decimals) {
    return Double.parseDouble(fixed(x, decimals));
  }

  /**
   * {@code repr(x)}: the shortest decimal string that reads back as {@code x} (the nearest one when
   * several are as short), positional for decimal exponents -4..15, else scientific like {@code
   * 1e-05} or {@code 1.5e+16}.
   */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal shortest = shortestDigits(x, exact);
    String sign = x < 0 ? "-" : "";
    BigDecimal abs = shortest.abs().stripTrailingZeros();
    String digits = abs.unscaledValue().toString();
    // Decimal exponent of the first digit: value = 0.d1d2... * 10^(point) => first digit at point-1.
    int exponent = digits.length() - 1 - abs.scale();
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    String plain = abs.toPlainString();
    if (!plain.contains(".")) {
      plain = plain + ".0";
    }
    return sign + plain;
  }

  /** The shortest significand that round-trips; among equally short ones, the nearest to x. */
  private static BigDecimal shortestDigits(double x, BigDecimal exact) {
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (nearest.doubleValue() == x) {
        return nearest;
      }
      // Next to a power of two the rounding interval is lopsided: a neighbour of the nearest
      // candidate may read back as x when the nearest does not.
      BigDecimal ulp = nearest.ulp();
      BigDecimal best = null;
      for (BigDecimal candidate : new BigDecimal[] {nearest.subtract(ulp), nearest.add(ulp)}) {
        if (candidate.stripTrailingZeros().precision() <= precision && candidate.doubleValue() == x) {
          if (best == null
              || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
            best = candidate;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return exact.round(MathContext.DECIMAL64); // unreachable: 17 digits always round-trip
  }
}
