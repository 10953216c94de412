package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Scalar operands for arithmetic that autograd records.
 *
 * <p>Why: on the CPU, DJL's PyTorch engine wraps Java buffers without copying, and its {@code
 * mul(Number)} family closes the temporary scalar right after the operation. Autograd keeps the scalar
 * for the backward pass, but once the wrapper is closed the Java buffer behind it can be collected, and
 * backward then reads freed memory (seen here as NaN gradients that came and went with GC timing). A
 * scalar made here is registered in the current NDScope (or its manager) and so outlives the backward.
 */
public final class Scalars {
  private Scalars() {}

  /** A 0-d float32 array on {@code like}'s manager and device, kept alive by the current scope. */
  public static NDArray of(NDArray like, float value) {
    NDManager m = like.getManager();
    return m.create(value);
  }
}
