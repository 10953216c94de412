package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * fairseq's Transformer encoder-decoder ({@code transformer_iwslt_de_en} and smaller): post-norm layers,
 * sinusoidal positions, token embeddings scaled by sqrt(d), no final layer norms, output projection tied
 * to the embedding when embeddings are shared ({@code --share-all-embeddings}).
 *
 * <p>Dropout sites: {@code encoder.embed}, {@code encoder.layer.<i>.{self_attn,ffn}}, {@code
 * decoder.embed}, {@code decoder.layer.<i>.{self_attn,encoder_attn,ffn}}.
 */
public final class TransformerModel extends ModelBlock implements SequenceModel {
  private final TransformerSpec spec;
  private final ParameterRegistry registry = new ParameterRegistry();
  private final TokenEmbedding encoderEmbed;
  private final TokenEmbedding decoderEmbed;
  private final Dense outputProjection;
  private final SinusoidalPositions positions;
  private final List<TransformerLayer> encoderLayers = new ArrayList<>();
  private final List<TransformerLayer> decoderLayers = new ArrayList<>();
  private final float embedScale;

  public TransformerModel(TransformerSpec spec) {
    this.spec = spec;
    int d = spec.embedDim();
    this.embedScale = (float) Math.sqrt(d);
    if (spec.shareEmbeddings()) {
      this.encoderEmbed = addChildBlock("embed_tokens", new TokenEmbedding(registry, "embed_tokens", spec.vocab(), d));
      this.decoderEmbed = encoderEmbed;
    } else {
      this.encoderEmbed =
          addChildBlock("encoder_embed_tokens", new TokenEmbedding(registry, "encoder.embed_tokens", spec.vocab(), d));
      this.decoderEmbed =
          addChildBlock("decoder_embed_tokens", new TokenEmbedding(registry, "decoder.embed_tokens", spec.vocab(), d));
    }
    for (int i = 0; i < spec.encoderLayers(); i++) {
      encoderLayers.add(
          addChildBlock(
              "encoder_layer_" + i,
              new TransformerLayer(registry, "encoder.layer." + i, d, spec.ffnDim(), spec.heads(), false, false, false)));
    }
    for (int i = 0; i < spec.decoderLayers(); i++) {
      decoderLayers.add(
          addChildBlock(
              "decoder_layer_" + i,
              new TransformerLayer(registry, "decoder.layer." + i, d, spec.ffnDim(), spec.heads(), true, false, false)));
    }
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
    this.positions = new SinusoidalPositions(d, spec.maxPositions());
  }

  @Override
  public String arch() {
    return "transformer";
  }

  @Override
  public ParameterRegistry parameters() {
    return registry;
  }

  @Override
  public void initialize(NDManager manager, long seed, Map<String, float[]> restored) {
    registry.initialize(manager, seed, restored);
    positions.initialize(manager);
    initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, 1));
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
    NDArray y = embed(ctx, decoderEmbed, AttentionMasks.ids(manager, prev, rows, t), t, "decoder.embed");
    NDArray causal = AttentionMasks.causal(manager, t);
    for (TransformerLayer layer : decoderLayers) {
      y = layer.forward(ctx, y, causal, x, srcMask);
    }
    return y;
  }

  /** The encoder's output [rows, s, d] for right-padded source ids (rows x s) and their key mask. */
  private NDArray encode(DropoutContext ctx, NDManager manager, int[] src, NDArray srcMask, int rows, int s) {
    NDArray x = embed(ctx, encoderEmbed, AttentionMasks.ids(manager, src, rows, s), s, "encoder.embed");
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
    NDArray e = decoderEmbed.forward(tokens);
    NDArray y = e.mul(Scalars.of(e, embedScale)).add(positions.at(column));
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

  private NDArray embed(DropoutContext ctx, TokenEmbedding table, NDArray ids, int len, String site) {
    NDArray e = table.forward(ids);
    NDArray x = e.mul(Scalars.of(e, embedScale)).add(positions.forLength(len));
    return ctx.apply(x, site, DropoutKind.MAIN);
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

  /** DJL entry point: inputs are a [B, S] source and [B, T] decoder-input id tensor (int64). */
  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    DropoutContext ctx = context(training, params);
    long[] src = inputs.get(0).toType(DataType.INT64, false).toLongArray();
    long[] prev = inputs.get(1).toType(DataType.INT64, false).toLongArray();
    int b = (int) inputs.get(0).getShape().get(0);
    PaddedBatch batch =
        new PaddedBatch(
            b,
            (int) inputs.get(0).getShape().get(1),
            (int) inputs.get(1).getShape().get(1),
            toInts(src),
            toInts(prev),
            new int[prev.length],
            0);
    return new NDList(logits(ctx, inputs.get(0).getManager(), batch));
  }

  private static int[] toInts(long[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Math.toIntExact(a[i]);
    }
    return out;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[1].add(spec.vocab())};
  }

  @Override
  public Block block() {
    return this;
  }

  @Override
  public void close() {
    positions.close();
  }
}
