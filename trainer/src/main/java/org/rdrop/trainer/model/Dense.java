package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** A linear layer y = x W^T + b with a PyTorch-layout weight [out, in]. */
final class Dense extends ModelBlock {
  private final int in;
  private final int out;
  private final Parameter weight;
  private final Parameter bias;

  /**
   * @param weightInit initialisation of the [out, in] weight
   * @param biasInit initialisation of the bias, or null for no bias
   */
  Dense(ParameterRegistry reg, String name, int in, int out, InitSpec weightInit, InitSpec biasInit) {
    this.in = in;
    this.out = out;
    this.weight = param(reg, name + ".weight", new Shape(out, in), weightInit);
    this.bias = biasInit == null ? null : param(reg, name + ".bias", new Shape(out), biasInit);
  }

  NDArray weight() {
    return weight.getArray();
  }

  /** The bias, or null. */
  NDArray bias() {
    return bias == null ? null : bias.getArray();
  }

  NDArray forward(NDArray x) {
    return x.getNDArrayInternal()
        .linear(x, weight.getArray(), bias == null ? null : bias.getArray())
        .singletonOrThrow();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(forward(inputs.singletonOrThrow()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    if (s.tail() != in) {
      throw new IllegalArgumentException("expected last dimension " + in + ", got " + s);
    }
    return new Shape[] {s.slice(0, s.dimension() - 1).add(out)};
  }
}
