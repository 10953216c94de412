package org.rdrop.trainer.engine;

import ai.djl.pytorch.jni.JniUtils;

/**
 * What can be done for deterministic CUDA training through DJL 0.36 (written, never exercised here: no
 * CUDA natives are served on these machines).
 *
 * <ul>
 *   <li>cuDNN autotuning off ({@code JniUtils.setBenchmarkCuDNN(false)}): autotuning picks kernels by
 *       timing, which varies run to run.
 *   <li>cuBLAS needs {@code CUBLAS_WORKSPACE_CONFIG=:4096:8} (or {@code :16:8}) in the environment before
 *       CUDA starts; a JVM cannot set its own environment, so a GPU run without it is refused.
 *   <li>Dropout masks come from Java ({@code DropoutMasks}), never from CUDA's generator.
 *   <li>Not reachable: {@code torch.use_deterministic_algorithms(True)} is not exposed by DJL's JNI, so
 *       kernels with atomics (e.g. embedding backward's index_add) may still vary between GPU runs. The
 *       fingerprint records {@code gpu_deterministic_algorithms=unavailable}.
 * </ul>
 */
public final class GpuDeterminism {
  static final String CUBLAS_ENV = "CUBLAS_WORKSPACE_CONFIG";

  private GpuDeterminism() {}

  static void apply() {
    String ws = System.getenv(CUBLAS_ENV);
    if (!":4096:8".equals(ws) && !":16:8".equals(ws)) {
      throw new IllegalStateException(
          "GPU training needs " + CUBLAS_ENV + "=:4096:8 in the environment for deterministic cuBLAS (found "
              + ws + "); set it before starting the JVM");
    }
    JniUtils.setBenchmarkCuDNN(false);
  }
}
