package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * One Transformer layer: self-attention, optional encoder attention (decoder layers), feed-forward.
 * Post-norm (fairseq's default, {@code normalize_before=False}) applies each sub-layer as
 * LN(x + dropout(sublayer(x))); pre-norm (ViT) as x + dropout(sublayer(LN(x))).
 *
 * <p>Parameter names follow fairseq ({@code self_attn}, {@code self_attn_layer_norm}, {@code
 * encoder_attn}, {@code fc1}, {@code final_layer_norm}); dropout sites are {@code <prefix>.self_attn},
 * {@code <prefix>.encoder_attn} and {@code <prefix>.ffn} (plus {@code .weights} and {@code .activation}
 * for attention and activation dropout).
 */
final class TransformerLayer extends ModelBlock {
  private final String prefix;
  private final boolean preNorm;
  private final MultiHeadAttention selfAttn;
  private final LayerNorm selfAttnNorm;
  private final MultiHeadAttention encoderAttn;
  private final LayerNorm encoderAttnNorm;
  private final FeedForward ffn;
  private final LayerNorm finalNorm;

  /**
   * A layer's sizes and kind.
   *
   * @param crossAttention with encoder attention (a translation decoder's layers)
   * @param preNorm pre-norm (ViT) instead of fairseq's post-norm
   * @param gelu GELU instead of ReLU in the feed-forward part
   */
  record Spec(int dim, int ffnDim, int heads, boolean crossAttention, boolean preNorm, boolean gelu) {
    /** fairseq's post-norm ReLU layer. */
    static Spec fairseq(int dim, int ffnDim, int heads, boolean crossAttention) {
      return new Spec(dim, ffnDim, heads, crossAttention, false, false);
    }

    /** ViT's pre-norm GELU encoder layer. */
    static Spec vit(int dim, int ffnDim, int heads) {
      return new Spec(dim, ffnDim, heads, false, true, true);
    }
  }

  /** {@code prefix}: the layer's name, for its parameters and its dropout sites alike. */
  TransformerLayer(ParameterRegistry reg, String prefix, Spec spec) {
    int dim = spec.dim();
    int heads = spec.heads();
    this.prefix = prefix;
    this.preNorm = spec.preNorm();
    this.selfAttn = addChildBlock("self_attn", new MultiHeadAttention(reg, prefix + ".self_attn", dim, heads));
    this.selfAttnNorm = addChildBlock("self_attn_layer_norm", new LayerNorm(reg, prefix + ".self_attn_layer_norm", dim));
    if (spec.crossAttention()) {
      this.encoderAttn =
          addChildBlock("encoder_attn", new MultiHeadAttention(reg, prefix + ".encoder_attn", dim, heads));
      this.encoderAttnNorm =
          addChildBlock("encoder_attn_layer_norm", new LayerNorm(reg, prefix + ".encoder_attn_layer_norm", dim));
    } else {
      this.encoderAttn = null;
      this.encoderAttnNorm = null;
    }
    this.ffn = addChildBlock("ffn", new FeedForward(reg, prefix, prefix + ".ffn", dim, spec.ffnDim(), spec.gelu()));
    this.finalNorm = addChildBlock("final_layer_norm", new LayerNorm(reg, prefix + ".final_layer_norm", dim));
  }

  /**
   * @param x [N, T, d]
   * @param selfMask additive mask for self-attention, or null
   * @param encoderOut [N, S, d] for decoder layers, else null
   * @param encoderMask additive mask over the encoder's keys, or null
   */
  NDArray forward(
      DropoutContext ctx, NDArray x, NDArray selfMask, NDArray encoderOut, NDArray encoderMask) {
    x = sublayer(ctx, x, selfAttnNorm, prefix + ".self_attn", h -> selfAttn.forward(ctx, h, h, selfMask));
    if (encoderAttn != null) {
      x =
          sublayer(
              ctx,
              x,
              encoderAttnNorm,
              prefix + ".encoder_attn",
              h -> encoderAttn.forward(ctx, h, encoderOut, encoderMask));
    }
    return sublayer(ctx, x, finalNorm, prefix + ".ffn", h -> ffn.forward(ctx, h));
  }

  /**
   * One incremental decoding step without dropout: {@code x} [N, 1, d] is the newest position. The
   * self-attention sees the keys and values of the earlier positions kept in {@code cache} plus its own,
   * which are appended to the cache; the encoder attention uses the cache's encoder keys and values.
   */
  NDArray step(NDArray x, StepCache cache, NDArray encoderMask) {
    DropoutContext none = DropoutContext.inference();
    x = sublayer(none, x, selfAttnNorm, prefix + ".self_attn", h -> {
      NDArray[] kv = selfAttn.keysValues(h);
      cache.appendSelf(kv[0], kv[1]);
      return selfAttn.attend(h, cache.selfKeys(), cache.selfValues(), null);
    });
    if (encoderAttn != null) {
      x = sublayer(none, x, encoderAttnNorm, prefix + ".encoder_attn",
          h -> encoderAttn.attend(h, cache.encoderKeys(), cache.encoderValues(), encoderMask));
    }
    return sublayer(none, x, finalNorm, prefix + ".ffn", h -> ffn.forward(none, h));
  }

  /** The encoder attention's keys and values of {@code encoderOut} [N, S, d], for {@link StepCache}. */
  NDArray[] encoderKeysValues(NDArray encoderOut) {
    return encoderAttn.keysValues(encoderOut);
  }

  private NDArray sublayer(
      DropoutContext ctx,
      NDArray x,
      LayerNorm norm,
      String site,
      java.util.function.UnaryOperator<NDArray> body) {
    if (preNorm) {
      return x.add(ctx.apply(body.apply(norm.forward(x)), site, DropoutKind.MAIN));
    }
    return norm.forward(x.add(ctx.apply(body.apply(x), site, DropoutKind.MAIN)));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray selfMask = inputs.size() > 1 ? inputs.get(1) : null;
    NDArray enc = inputs.size() > 2 ? inputs.get(2) : null;
    NDArray encMask = inputs.size() > 3 ? inputs.get(3) : null;
    return new NDList(forward(context(training, params), x, selfMask, enc, encMask));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
