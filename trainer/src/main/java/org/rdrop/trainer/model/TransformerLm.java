package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;

/**
 * A decoder-only Transformer language model as fairseq's {@code transformer_lm}: the decoder stack
 * without encoder attention (post-norm, sinusoidal positions, embeddings scaled by sqrt(d), output tied
 * to the input embedding). Input is the batch's decoder input (target[:-1] after the token before the
 * block: a block's one-token source, else eos; {@link #input}). Dropout sites: {@code decoder.embed}, {@code decoder.layer.<i>.{self_attn,ffn}}.
 */
public final class TransformerLm extends FairseqTransformer {
  private final TokenEmbedding embed;
  private final List<TransformerLayer> layers;

  public TransformerLm(TransformerSpec spec) {
    super(spec);
    this.embed = embedding("embed_tokens", "decoder.embed_tokens");
    this.layers = layers("decoder", spec.decoderLayers(), false);
  }

  @Override
  public String arch() {
    return "transformer_lm";
  }

  @Override
  Shape[] djlInputShapes() {
    return new Shape[] {new Shape(1, 1)};
  }

  /**
   * The ids read at each position: the batch's decoder input with position 0 replaced, per row, by the
   * block's one-token source (the stream's token before the block, as fairseq's TokenBlockDataset feeds
   * it); rows of a batch without a source keep eos there, and a longer source (a translation batch given
   * to a language model, which then learns the target side alone) is not read.
   */
  static int[] input(PaddedBatch batch) {
    if (batch.sourceLen() != 1) {
      return batch.prevOutput();
    }
    int[] prev = batch.prevOutput().clone();
    for (int r = 0; r < batch.rows(); r++) {
      if (batch.source()[r] != Specials.PAD) {
        prev[r * batch.targetLen()] = batch.source()[r];
      }
    }
    return prev;
  }

  @Override
  public NDArray features(DropoutContext ctx, NDManager manager, PaddedBatch batch) {
    int passes = ctx.passes();
    int rows = batch.rows() * passes;
    int t = batch.targetLen();
    int[] prev = AttentionMasks.stack(input(batch), passes);
    NDArray x = embed(ctx, embed, AttentionMasks.ids(manager, prev, rows, t), t, "decoder");
    NDArray causal = AttentionMasks.causal(manager, t);
    for (TransformerLayer layer : layers) {
      x = layer.forward(ctx, x, causal, null, null);
    }
    return x;
  }

  @Override
  public NDArray outputWeight() {
    return embed.weight();
  }

  /** DJL's input is a [B, T] id tensor (int64). */
  @Override
  PaddedBatch djlBatch(NDList inputs) {
    NDArray ids = inputs.singletonOrThrow();
    int[] prev = ints(ids);
    return new PaddedBatch((int) ids.getShape().get(0), 0, (int) ids.getShape().get(1), new int[0], prev,
        new int[prev.length], 0);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0].add(spec.vocab())};
  }

}
