package org.rdrop.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam as fairseq's {@code --optimizer adam} (fairseq/optim/adam.py), which is the decoupled "AdamW"
 * variant: per update, with t the update count,
 *
 * <pre>
 *   m = beta1 * m + (1 - beta1) * g
 *   v = beta2 * v + (1 - beta2) * g * g
 *   p = p - weight_decay * lr * p                       (on the old p; all parameters, no exclusions)
 *   p = p - lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps)
 * </pre>
 *
 * The state lives on the parameters' device; all updates are in place, outside autograd.
 */
public final class FairseqAdam implements AutoCloseable {
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private final List<NDArray> m = new ArrayList<>();
  private final List<NDArray> v = new ArrayList<>();
  private long steps;

  public FairseqAdam(double beta1, double beta2, double eps, double weightDecay) {
    if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && eps > 0 && weightDecay >= 0)) {
      throw new IllegalArgumentException(
          "optimizer: need 0 <= betas < 1, eps > 0, weight_decay >= 0; got " + beta1 + ", " + beta2 + ", " + eps + ", " + weightDecay);
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
  }

  /** Fresh state (zeros) for parameters of the given shapes. */
  public void initialize(NDManager manager, List<Shape> shapes) {
    for (Shape s : shapes) {
      m.add(manager.zeros(s));
      v.add(manager.zeros(s));
    }
    steps = 0;
  }

  /** State restored exactly from a checkpoint. */
  public void restore(NDManager manager, List<Shape> shapes, List<float[]> ms, List<float[]> vs, long steps) {
    for (int i = 0; i < shapes.size(); i++) {
      m.add(manager.create(ms.get(i), shapes.get(i)));
      v.add(manager.create(vs.get(i), shapes.get(i)));
    }
    this.steps = steps;
  }

  public long steps() {
    return steps;
  }

  /** One update of every parameter with its (already normalised and clipped) gradient. */
  public void step(List<NDArray> params, List<NDArray> grads, double lr) {
    steps++;
    double bc1 = 1 - StrictMath.pow(beta1, steps);
    double bc2 = 1 - StrictMath.pow(beta2, steps);
    double stepSize = lr * Math.sqrt(bc2) / bc1;
    for (int i = 0; i < params.size(); i++) {
      NDArray p = params.get(i);
      NDArray g = grads.get(i);
      NDArray mi = m.get(i);
      NDArray vi = v.get(i);
      // Float scalars, as PyTorch rounds Python-float scalars to the tensor's float32 dtype.
      mi.muli((float) beta1).addi(g.mul((float) (1 - beta1)));
      vi.muli((float) beta2).addi(g.mul(g).muli((float) (1 - beta2)));
      // libtorch's float32 sqrt is not correctly rounded, and its last bit follows the CPU's reciprocal square
      // root estimate (docs/reproducibility.md); the float64 root rounded to float32 is the correctly rounded one.
      NDArray denom = vi.toType(DataType.FLOAT64, false).sqrt().toType(DataType.FLOAT32, false).addi((float) eps);
      if (weightDecay != 0) {
        p.addi(p.mul((float) (-weightDecay * lr)));
      }
      p.addi(mi.div(denom).muli((float) -stepSize));
    }
  }

  public List<float[]> exportFirstMoments() {
    return export(m);
  }

  public List<float[]> exportSecondMoments() {
    return export(v);
  }

  private static List<float[]> export(List<NDArray> arrays) {
    List<float[]> out = new ArrayList<>(arrays.size());
    for (NDArray a : arrays) {
      out.add(a.toFloatArray());
    }
    return out;
  }

  @Override
  public void close() {
    m.forEach(NDArray::close);
    v.forEach(NDArray::close);
    m.clear();
    v.clear();
  }
}
