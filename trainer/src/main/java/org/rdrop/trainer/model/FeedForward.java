package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * fc2(activation_dropout(act(fc1(x)))) with xavier-uniform weights and zero biases as fairseq's Linear.
 * The activation-dropout site is {@code <site>.activation}.
 */
final class FeedForward extends ModelBlock {
  private final String site;
  private final boolean gelu;
  private final Dense fc1;
  private final Dense fc2;

  FeedForward(ParameterRegistry reg, String prefix, String site, int dim, int hidden, boolean gelu) {
    this.site = site;
    this.gelu = gelu;
    this.fc1 =
        addChildBlock("fc1", new Dense(reg, prefix + ".fc1", dim, hidden, InitSpec.xavierUniform(1), InitSpec.zeros()));
    this.fc2 =
        addChildBlock("fc2", new Dense(reg, prefix + ".fc2", hidden, dim, InitSpec.xavierUniform(1), InitSpec.zeros()));
  }

  NDArray forward(DropoutContext ctx, NDArray x) {
    NDArray h = fc1.forward(x);
    h = gelu ? Activation.gelu(h) : Activation.relu(h);
    h = ctx.apply(h, site + ".activation", DropoutKind.ACTIVATION);
    return fc2.forward(h);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(forward(context(training, params), inputs.singletonOrThrow()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
