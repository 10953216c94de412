package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.rdrop.trainer.data.Specials;

/** Token embedding [V, d], initialised N(0, d^-1/2) with a zero padding row as fairseq's Embedding. */
final class TokenEmbedding extends ModelBlock {
  private final int dim;
  private final Parameter weight;

  TokenEmbedding(ParameterRegistry reg, String name, int vocab, int dim) {
    this.dim = dim;
    this.weight =
        param(reg, name + ".weight", new Shape(vocab, dim), InitSpec.normal(StrictMath.pow(dim, -0.5), Specials.PAD));
  }

  /** Embeddings of int64 ids [N, T] as [N, T, d]. */
  NDArray forward(NDArray ids) {
    return ids.getNDArrayInternal().embedding(ids, weight.getArray(), SparseFormat.DENSE).singletonOrThrow();
  }

  /** The [V, d] matrix, also used as the output projection when embeddings are shared. */
  NDArray weight() {
    return weight.getArray();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(forward(inputs.singletonOrThrow()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0].add(dim)};
  }
}
