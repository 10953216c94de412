package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * What fairseq's Transformers (encoder-decoder and language model) share: token embeddings scaled by sqrt(d)
 * plus one sinusoidal position table, with dropout at the site {@code <side>.embed}, and post-norm layers.
 */
abstract class FairseqTransformer extends SequenceModelBlock {
  final TransformerSpec spec;
  private final SinusoidalPositions positions;
  private final float embedScale;

  FairseqTransformer(TransformerSpec spec) {
    this.spec = spec;
    this.embedScale = (float) Math.sqrt(spec.embedDim());
    this.positions = new SinusoidalPositions(spec.embedDim(), spec.maxPositions());
  }

  /** A [vocabulary, d] embedding table: child block {@code child}, parameter {@code <name>.weight}. */
  final TokenEmbedding embedding(String child, String name) {
    return addChildBlock(child, new TokenEmbedding(registry, name, spec.vocab(), spec.embedDim()));
  }

  /** fairseq's post-norm layers of one side, with encoder attention when {@code crossAttention}. */
  final java.util.List<TransformerLayer> layers(String side, int count, boolean crossAttention) {
    return layers(side, count, TransformerLayer.Spec.fairseq(spec.embedDim(), spec.ffnDim(), spec.heads(), crossAttention));
  }

  /** The input of a side's first layer for ids [rows, len]: scaled embeddings plus positions, dropout applied. */
  final NDArray embed(DropoutContext ctx, TokenEmbedding table, NDArray ids, int len, String side) {
    NDArray e = table.forward(ids);
    NDArray x = e.mul(Scalars.of(e, embedScale)).add(positions.forLength(len));
    return ctx.apply(x, side + ".embed", DropoutKind.MAIN);
  }

  /** The same for one position {@code column} (0-based) of an incremental decoder, without dropout. */
  final NDArray embedAt(TokenEmbedding table, NDArray tokens, int column) {
    NDArray e = table.forward(tokens);
    return e.mul(Scalars.of(e, embedScale)).add(positions.at(column));
  }

  @Override
  void initializeConstants(NDManager manager) {
    positions.initialize(manager);
  }

  @Override
  public void close() {
    positions.close();
  }
}
