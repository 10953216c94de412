package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.List;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * A small Vision Transformer classifier: non-overlapping P x P patches linearly embedded, a learned
 * class token and learned positions, pre-norm encoder layers with GELU, a final layer norm, and a
 * linear head on the class token.
 *
 * <p>Data convention: an example's source holds the image's pixel values 0..255, row-major [height,
 * width, channel]; its target holds one class id (an id of the label dictionary, so >= 4). The model
 * outputs [passes * B, 1, V] so the translation loss applies unchanged (one "token" per image). Dropout
 * sites: {@code encoder.embed}, {@code encoder.layer.<i>.{self_attn,ffn}}.
 */
public final class VitClassifier extends SequenceModelBlock {
  private final int vocab;
  private final int dim;
  private final int image;
  private final int patch;
  private final int channels;
  private final int patchesPerSide;
  private final Dense patchEmbed;
  private final Parameter clsToken;
  private final Parameter positions;
  private final List<TransformerLayer> layers;
  private final LayerNorm finalNorm;
  private final Dense head;

  public VitClassifier(int vocab, int dim, int ffnDim, int heads, int layerCount, int image, int patch, int channels) {
    if (image % patch != 0) {
      throw new IllegalArgumentException("image_size " + image + " is not a multiple of patch_size " + patch);
    }
    this.vocab = vocab;
    this.dim = dim;
    this.image = image;
    this.patch = patch;
    this.channels = channels;
    this.patchesPerSide = image / patch;
    int patchValues = patch * patch * channels;
    this.patchEmbed = addChildBlock("patch_embed",
        new Dense(registry, "vit.patch_embed", patchValues, dim, InitSpec.xavierUniform(1), InitSpec.zeros()));
    this.clsToken = param(registry, "vit.cls_token", new Shape(1, 1, dim), InitSpec.normal(0.02, -1));
    this.positions = param(registry, "vit.pos_embed", new Shape(1, patchesPerSide * patchesPerSide + 1, dim),
        InitSpec.normal(0.02, -1));
    this.layers = layers("encoder", layerCount, TransformerLayer.Spec.vit(dim, ffnDim, heads));
    this.finalNorm = addChildBlock("final_layer_norm", new LayerNorm(registry, "encoder.final_layer_norm", dim));
    this.head = addChildBlock("head", new Dense(registry, "vit.head", dim, vocab, InitSpec.zeros(), InitSpec.zeros()));
  }

  @Override
  public String arch() {
    return "vit";
  }

  @Override
  Shape[] djlInputShapes() {
    return new Shape[] {new Shape(1, (long) image * image * channels)};
  }

  /**
   * Pixels (0..255) to [rows, patches, P*P*C] floats in [-1, 1] (the usual ViT normalisation, mean and
   * std 0.5), patches in row-major order. Centring matters: a uniform patch's embedding is then signed
   * by its brightness, which the layer norms would otherwise scale away.
   */
  float[] patches(PaddedBatch batch, int passes) {
    int pixels = image * image * channels;
    if (batch.sourceLen() != pixels) {
      throw new IllegalArgumentException(
          "vit expects " + pixels + " pixel values per image, batch has " + batch.sourceLen());
    }
    int n = patchesPerSide * patchesPerSide;
    int per = patch * patch * channels;
    int rows = batch.rows();
    float[] out = new float[rows * passes * n * per];
    for (int r = 0; r < rows; r++) {
      for (int py = 0; py < patchesPerSide; py++) {
        for (int px = 0; px < patchesPerSide; px++) {
          int base = ((r * n) + py * patchesPerSide + px) * per;
          int i = 0;
          for (int y = 0; y < patch; y++) {
            for (int x = 0; x < patch; x++) {
              for (int ch = 0; ch < channels; ch++) {
                int pixel = batch.source()[r * pixels + ((py * patch + y) * image + px * patch + x) * channels + ch];
                out[base + i++] = pixel / 127.5f - 1f;
              }
            }
          }
        }
      }
    }
    int one = rows * n * per;
    for (int p = 1; p < passes; p++) {
      System.arraycopy(out, 0, out, p * one, one);
    }
    return out;
  }

  @Override
  public NDArray features(DropoutContext ctx, NDManager manager, PaddedBatch batch) {
    int passes = ctx.passes();
    int rows = batch.rows() * passes;
    int n = patchesPerSide * patchesPerSide;
    NDArray x = manager.create(patches(batch, passes), new Shape(rows, n, (long) patch * patch * channels));
    x = patchEmbed.forward(x);
    NDArray cls = clsToken.getArray().broadcast(new Shape(rows, 1, dim));
    x = NDArrays.concat(new NDList(cls, x), 1).add(positions.getArray());
    x = ctx.apply(x, "encoder.embed", DropoutKind.MAIN);
    for (TransformerLayer layer : layers) {
      x = layer.forward(ctx, x, null, null, null);
    }
    return finalNorm.forward(x.get(new NDIndex(":, 0:1, :")));
  }

  @Override
  public NDArray outputWeight() {
    return head.weight();
  }

  @Override
  public NDArray outputBias() {
    return head.bias();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1, vocab)};
  }

  @Override
  public void close() {}
}
