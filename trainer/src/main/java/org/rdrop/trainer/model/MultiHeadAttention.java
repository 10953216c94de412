package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutKind;

/**
 * Scaled dot-product attention with separate q/k/v/out projections, initialised as fairseq's
 * MultiheadAttention: q/k/v weights xavier-uniform with gain 1/sqrt(2), their biases PyTorch's Linear
 * default U(+-1/sqrt(d)), out weight xavier-uniform and out bias zero. The attention-probability
 * dropout site is {@code <name>.weights}.
 */
final class MultiHeadAttention extends ModelBlock {
  private final String name;
  private final int dim;
  private final int heads;
  private final int headDim;
  private final float scaling;
  private final Dense q;
  private final Dense k;
  private final Dense v;
  private final Dense out;

  MultiHeadAttention(ParameterRegistry reg, String name, int dim, int heads) {
    if (dim % heads != 0) {
      throw new IllegalArgumentException("embed_dim " + dim + " is not divisible by heads " + heads);
    }
    this.name = name;
    this.dim = dim;
    this.heads = heads;
    this.headDim = dim / heads;
    this.scaling = (float) StrictMath.pow(headDim, -0.5);
    InitSpec qkv = InitSpec.xavierUniform(1 / Math.sqrt(2));
    InitSpec linearBias = InitSpec.uniform(1 / Math.sqrt(dim));
    this.k = addChildBlock("k_proj", new Dense(reg, name + ".k_proj", dim, dim, qkv, linearBias));
    this.v = addChildBlock("v_proj", new Dense(reg, name + ".v_proj", dim, dim, qkv, linearBias));
    this.q = addChildBlock("q_proj", new Dense(reg, name + ".q_proj", dim, dim, qkv, linearBias));
    this.out =
        addChildBlock(
            "out_proj",
            new Dense(reg, name + ".out_proj", dim, dim, InitSpec.xavierUniform(1), InitSpec.zeros()));
  }

  /**
   * @param query [N, T, d]
   * @param keyValue [N, S, d]
   * @param additiveMask broadcastable to [N, heads, T, S] (0 or -inf), or null
   * @return [N, T, d]
   */
  NDArray forward(DropoutContext ctx, NDArray query, NDArray keyValue, NDArray additiveMask) {
    long n = query.getShape().get(0);
    long t = query.getShape().get(1);
    long s = keyValue.getShape().get(1);
    NDArray qp = q.forward(query);
    NDArray qh = qp.mul(Scalars.of(qp, scaling)).reshape(n, t, heads, headDim).transpose(0, 2, 1, 3);
    NDArray kh = k.forward(keyValue).reshape(n, s, heads, headDim).transpose(0, 2, 3, 1);
    NDArray vh = v.forward(keyValue).reshape(n, s, heads, headDim).transpose(0, 2, 1, 3);
    NDArray scores = qh.matMul(kh);
    if (additiveMask != null) {
      scores = scores.add(additiveMask);
    }
    NDArray probs = ctx.apply(scores.softmax(-1), name + ".weights", DropoutKind.ATTENTION);
    NDArray context = probs.matMul(vh).transpose(0, 2, 1, 3).reshape(n, t, dim);
    return out.forward(context);
  }

  /**
   * Keys and values of {@code keyValue} [N, S, d] split into heads, [N, heads, S, headDim] each: what
   * incremental decoding keeps between steps.
   */
  NDArray[] keysValues(NDArray keyValue) {
    long n = keyValue.getShape().get(0);
    long s = keyValue.getShape().get(1);
    NDArray kh = k.forward(keyValue).reshape(n, s, heads, headDim).transpose(0, 2, 1, 3);
    NDArray vh = v.forward(keyValue).reshape(n, s, heads, headDim).transpose(0, 2, 1, 3);
    return new NDArray[] {kh, vh};
  }

  /**
   * Attention of {@code query} [N, T, d] over keys and values already split into heads (see {@link
   * #keysValues}), without dropout: the inference path of {@link #forward}.
   */
  NDArray attend(NDArray query, NDArray kh, NDArray vh, NDArray additiveMask) {
    long n = query.getShape().get(0);
    long t = query.getShape().get(1);
    NDArray qp = q.forward(query);
    NDArray qh = qp.mul(Scalars.of(qp, scaling)).reshape(n, t, heads, headDim).transpose(0, 2, 1, 3);
    NDArray scores = qh.matMul(kh.transpose(0, 1, 3, 2));
    if (additiveMask != null) {
      scores = scores.add(additiveMask);
    }
    NDArray context = scores.softmax(-1).matMul(vh).transpose(0, 2, 1, 3).reshape(n, t, dim);
    return out.forward(context);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray query = inputs.get(0);
    NDArray kv = inputs.size() > 1 ? inputs.get(1) : query;
    NDArray mask = inputs.size() > 2 ? inputs.get(2) : null;
    return new NDList(forward(context(training, params), query, kv, mask));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
