package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * A sentence (or sentence pair) classifier or regressor as fairseq's {@code sentence_prediction} task shapes
 * it, trained from scratch: fairseq's post-norm Transformer encoder over the source ids (scaled token
 * embeddings, sinusoidal positions, padded keys masked), the first position's state (the {@code <s>} that
 * preparation puts first, RoBERTa's [CLS]) through RoBERTa's classification head: dropout, dense d x d, tanh,
 * dropout, then the output projection. The projection has {@code 4 + classes} outputs for a classifier (class
 * k is id 4 + k, as vit's; the specials' outputs learn to stay low) and one for a regressor.
 *
 * <p>Features are [passes * B, 1, d], so the token objectives apply unchanged (one target a row). Dropout sites:
 * {@code encoder.embed}, {@code encoder.layer.<i>.{self_attn,ffn}}, {@code head.dense}, {@code head.out}.
 */
public final class TextEncoder extends FairseqTransformer {
  private final String arch;
  private final int outputs;
  private final TokenEmbedding embed;
  private final List<TransformerLayer> layers;
  private final Dense dense;
  private final Dense out;

  /**
   * @param spec vocabulary (of the source tokens) and sizes
   * @param outputs 4 + classes for a classifier, 1 for a regressor
   */
  public TextEncoder(String arch, TransformerSpec spec, int outputs) {
    super(spec);
    this.arch = arch;
    this.outputs = outputs;
    int d = spec.embedDim();
    this.embed = embedding("embed_tokens", "encoder.embed_tokens");
    this.layers = layers("encoder", spec.encoderLayers(), false);
    this.dense = addChildBlock("head_dense",
        new Dense(registry, "classification_head.dense", d, d, InitSpec.xavierUniform(1), InitSpec.zeros()));
    this.out = addChildBlock("head_out",
        new Dense(registry, "classification_head.out_proj", d, outputs, InitSpec.xavierUniform(1), InitSpec.zeros()));
  }

  @Override
  public String arch() {
    return arch;
  }

  @Override
  Shape[] djlInputShapes() {
    return new Shape[] {new Shape(1, 1)};
  }

  @Override
  public NDArray features(DropoutContext ctx, NDManager manager, PaddedBatch batch) {
    int passes = ctx.passes();
    int rows = batch.rows() * passes;
    int s = batch.sourceLen();
    for (int r = 0; r < batch.rows(); r++) {
      if (s == 0 || batch.source()[r * s] == Specials.PAD) {
        throw new IllegalArgumentException("batch row " + r + " has an empty source sentence");
      }
    }
    int[] src = AttentionMasks.stack(batch.source(), passes);
    NDArray mask = AttentionMasks.keyPadding(manager, src, rows, s);
    NDArray x = embed(ctx, embed, AttentionMasks.ids(manager, src, rows, s), s, "encoder");
    for (TransformerLayer layer : layers) {
      x = layer.forward(ctx, x, mask, null, null);
    }
    NDArray first = ctx.apply(x.get(new NDIndex(":, 0:1, :")), "head.dense", DropoutKind.MAIN);
    return ctx.apply(dense.forward(first).tanh(), "head.out", DropoutKind.MAIN);
  }

  @Override
  public NDArray outputWeight() {
    return out.weight();
  }

  @Override
  public NDArray outputBias() {
    return out.bias();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1, outputs)};
  }
}
