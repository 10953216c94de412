package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Layer normalisation over the last axis, eps 1e-5 as PyTorch's (and fairseq's) default. */
final class LayerNorm extends ModelBlock {
  private static final float EPS = 1e-5f;
  private final int dim;
  private final Parameter gamma;
  private final Parameter beta;

  LayerNorm(ParameterRegistry reg, String name, int dim) {
    this.dim = dim;
    this.gamma = param(reg, name + ".weight", new Shape(dim), InitSpec.ones());
    this.beta = param(reg, name + ".bias", new Shape(dim), InitSpec.zeros());
  }

  NDArray forward(NDArray x) {
    return x.getNDArrayInternal()
        .layerNorm(x, new Shape(dim), gamma.getArray(), beta.getArray(), EPS)
        .singletonOrThrow();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(forward(inputs.singletonOrThrow()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
