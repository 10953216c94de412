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
 * fairseq's Transformer encoder-decoder ({@code transformer_iwslt_de_en} and smaller): post-norm layers,
 * sinusoidal positions, token embeddings scaled by sqrt(d), no final layer norms, output projection tied
 * to the embedding when embeddings are shared ({@code --share-all-embeddings}).
 *
 * <p>Dropout sites: {@code encoder.embed}, {@code encoder.layer.<i>.{self_attn,ffn}}, {@code
 * decoder.embed}, {@code decoder.layer.<i>.{self_attn,encoder_attn,ffn}}.
 */
public final class TransformerModel extends FairseqTransformer {
  private final TokenEmbedding encoderEmbed;
  private final TokenEmbedding decoderEmbed;
  private final Dense outputProjection;
  private final List<TransformerLayer> encoderLayers;
  private final List<TransformerLayer> decoderLayers;

  public TransformerModel(TransformerSpec spec) {
    super(spec);
    int d = spec.embedDim();
    if (spec.shareEmbeddings()) {
      this.encoderEmbed = embedding("embed_tokens", "embed_tokens");
      this.decoderEmbed = encoderEmbed;
    } else {
      this.encoderEmbed = embedding("encoder_embed_tokens", "encoder.embed_tokens");
      this.decoderEmbed = embedding("decoder_embed_tokens", "decoder.embed_tokens");
    }
    this.encoderLayers = layers("encoder", spec.encoderLayers(), false);
    this.decoderLayers = layers("decoder", spec.decoderLayers(), true);
    this.outputProjection =
        spec.shareEmbeddings()
            ? null
            : addChildBlock(
                "output_projection",
                new Dense(
                    registry,
                    "decoder.output_projection",
                    d,
                    spec.vocab(),
                    InitSpec.normal(StrictMath.pow(d, -0.5), -1),
                    null));
  }

  @Override
  public String arch() {
    return "transformer";
  }

  @Override
  Shape[] djlInputShapes() {
    return new Shape[] {new Shape(1, 1), new Shape(1, 1)};
  }

  @Override
  public NDArray features(DropoutContext ctx, NDManager manager, PaddedBatch batch) {
    int passes = ctx.passes();
    int rows = batch.rows() * passes;
    int s = batch.sourceLen();
    int t = batch.targetLen();
    requireSource(batch);
    int[] src = AttentionMasks.stack(batch.source(), passes);
    NDArray srcMask = AttentionMasks.keyPadding(manager, src, rows, s);
    NDArray x = encode(ctx, manager, src, srcMask, rows, s);
    int[] prev = AttentionMasks.stack(batch.prevOutput(), passes);
    NDArray y = embed(ctx, decoderEmbed, AttentionMasks.ids(manager, prev, rows, t), t, "decoder");
    NDArray causal = AttentionMasks.causal(manager, t);
    for (TransformerLayer layer : decoderLayers) {
      y = layer.forward(ctx, y, causal, x, srcMask);
    }
    return y;
  }

  /** The encoder's output [rows, s, d] for right-padded source ids (rows x s) and their key mask. */
  private NDArray encode(DropoutContext ctx, NDManager manager, int[] src, NDArray srcMask, int rows, int s) {
    NDArray x = embed(ctx, encoderEmbed, AttentionMasks.ids(manager, src, rows, s), s, "encoder");
    for (TransformerLayer layer : encoderLayers) {
      x = layer.forward(ctx, x, srcMask, null, null);
    }
    return x;
  }

  /**
   * Starts incremental decoding (no dropout) of {@code rows} right-padded sources ({@code rows x srcLen}
   * ids, each ending with eos): runs the encoder once and keeps its keys and values. The decoder's arrays
   * live on a sub-manager of {@code manager} and are freed by {@link IncrementalDecoder#close}.
   */
  public IncrementalDecoder incrementalDecoder(NDManager manager, int[] source, int rows, int srcLen) {
    if (source.length != rows * srcLen) {
      throw new IllegalArgumentException(source.length + " source ids do not make " + rows + " rows of " + srcLen);
    }
    requireSource(new PaddedBatch(rows, srcLen, 0, source, new int[0], new int[0], 0));
    return new IncrementalDecoder(this, manager, source, rows, srcLen);
  }

  /** Encoder state for {@link IncrementalDecoder}: the key mask [rows, 1, 1, s] and per decoder layer a cache. */
  NDArray startDecoding(NDManager manager, int[] src, int rows, int s, List<StepCache> caches) {
    DropoutContext none = DropoutContext.inference();
    NDArray srcMask = AttentionMasks.keyPadding(manager, src, rows, s);
    NDArray x = encode(none, manager, src, srcMask, rows, s);
    for (TransformerLayer layer : decoderLayers) {
      NDArray[] kv = layer.encoderKeysValues(x);
      caches.add(new StepCache(kv[0], kv[1]));
    }
    return srcMask;
  }

  /** Decoder hidden state [rows, 1, d] of the newest position {@code column} (0-based), without dropout. */
  NDArray decodeStep(NDArray tokens, int column, List<StepCache> caches, NDArray srcMask) {
    NDArray y = embedAt(decoderEmbed, tokens, column);
    for (int i = 0; i < decoderLayers.size(); i++) {
      y = decoderLayers.get(i).step(y, caches.get(i), srcMask);
    }
    return y;
  }

  int maxPositions() {
    return spec.maxPositions();
  }

  int vocab() {
    return spec.vocab();
  }

  @Override
  public NDArray outputWeight() {
    return outputProjection != null ? outputProjection.weight() : decoderEmbed.weight();
  }

  /** A row with no real source token would attend to nothing (NaN); reject it with its position. */
  private static void requireSource(PaddedBatch batch) {
    int s = batch.sourceLen();
    for (int r = 0; r < batch.rows(); r++) {
      if (s == 0 || batch.source()[r * s] == Specials.PAD) {
        throw new IllegalArgumentException("batch row " + r + " has an empty source sentence");
      }
    }
  }

  /** DJL's inputs are a [B, S] source and [B, T] decoder-input id tensor (int64). */
  @Override
  PaddedBatch djlBatch(NDList inputs) {
    int[] src = ints(inputs.get(0));
    int[] prev = ints(inputs.get(1));
    int b = (int) inputs.get(0).getShape().get(0);
    return new PaddedBatch(b, (int) inputs.get(0).getShape().get(1), (int) inputs.get(1).getShape().get(1), src, prev,
        new int[prev.length], 0);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[1].add(spec.vocab())};
  }

}
