package org.rdrop.bleu;

import java.io.Serializable;
import java.util.Objects;

/**
 * The options of sacreBLEU's {@code BLEU(...)}: tokenizer, lowercasing, smoothing and effective
 * order. The maximum n-gram order is sacreBLEU's default, 4. Immutable; {@code with...} returns a
 * copy.
 */
public final class BleuOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String tokenize;
  private final boolean lowercase;
  private final SmoothMethod smoothMethod;
  private final Double smoothValue;
  private final boolean effectiveOrder;

  private BleuOptions(
      String tokenize, boolean lowercase, SmoothMethod smoothMethod, Double smoothValue, boolean effectiveOrder) {
    BleuTokenizer.forName(tokenize); // fail early on an unknown name
    this.tokenize = tokenize;
    this.lowercase = lowercase;
    this.smoothMethod = Objects.requireNonNull(smoothMethod, "smoothMethod");
    this.smoothValue = smoothValue;
    this.effectiveOrder = effectiveOrder;
  }

  /** sacreBLEU's defaults: 13a, mixed case, exp smoothing, no effective order. */
  public static BleuOptions defaults() {
    return new BleuOptions("13a", false, SmoothMethod.EXP, null, false);
  }

  public BleuOptions withTokenize(String name) {
    return new BleuOptions(name, lowercase, smoothMethod, smoothValue, effectiveOrder);
  }

  public BleuOptions withLowercase(boolean on) {
    return new BleuOptions(tokenize, on, smoothMethod, smoothValue, effectiveOrder);
  }

  /** The smoothing method and its value; a null value means the method's default. */
  public BleuOptions withSmoothing(SmoothMethod method, Double value) {
    return new BleuOptions(tokenize, lowercase, method, value, effectiveOrder);
  }

  public BleuOptions withEffectiveOrder(boolean on) {
    return new BleuOptions(tokenize, lowercase, smoothMethod, smoothValue, on);
  }

  public String tokenize() {
    return tokenize;
  }

  public boolean lowercase() {
    return lowercase;
  }

  public SmoothMethod smoothMethod() {
    return smoothMethod;
  }

  /** The value as given (null: the method's default). */
  public Double smoothValue() {
    return smoothValue;
  }

  /** The value in effect: the given one, else the method's default (null for exp and none). */
  public Double effectiveSmoothValue() {
    return smoothValue != null ? smoothValue : smoothMethod.defaultValue();
  }

  public boolean effectiveOrder() {
    return effectiveOrder;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BleuOptions)) {
      return false;
    }
    BleuOptions b = (BleuOptions) o;
    return tokenize.equals(b.tokenize)
        && lowercase == b.lowercase
        && smoothMethod == b.smoothMethod
        && Objects.equals(smoothValue, b.smoothValue)
        && effectiveOrder == b.effectiveOrder;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokenize, lowercase, smoothMethod, smoothValue, effectiveOrder);
  }

  @Override
  public String toString() {
    return "BleuOptions(tok=" + tokenize + ", lowercase=" + lowercase + ", smooth=" + smoothMethod.label()
        + (smoothValue == null ? "" : "[" + smoothValue + "]") + ", eff=" + effectiveOrder + ")";
  }
}
