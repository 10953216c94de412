package org.rdrop.trainer.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts the PyTorch engine with a fixed intra-op thread count and picks the device.
 *
 * <p>The intra-op thread count changes the reduction order of CPU kernels (1 to 2 ulp differences after a
 * step or two, measured when the trainer was written), so it is part of a run's identity: it is set from the
 * config before the engine starts and re-applied if the engine was already running in this JVM.
 * Inter-op threads are set to 1 (they had no effect on results).
 */
public final class EngineSetup {
  private EngineSetup() {}

  /** Thread counts as the engine reports them after setup. */
  public record Threads(int intraOp, int interOp) {}

  /**
   * Starts (or joins) the engine with {@code threads} intra-op threads, and turns autograd recording off
   * for the calling thread.
   */
  public static Engine start(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    // Before libtorch loads: it reads the kernel pins of portable mode only then.
    Numerics.requireReady();
    NativeMemory.keepFreedMemory();
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    if (System.getProperty("ai.djl.offline") == null) {
      // Never try to download natives at run time: the native jars are on the classpath.
      System.setProperty("ai.djl.offline", "true");
    }
    Engine engine = Engine.getEngine("PyTorch");
    if (JniUtils.getNumThreads() != threads) {
      JniUtils.setNumThreads(threads);
    }
    // libtorch's grad mode is per thread and on by default in a new one; PtEngine turns it off only on
    // the thread that starts the engine. Autograd must record only inside a GradientCollector (which
    // restores the mode it found), or the optimizer's in-place updates of leaf parameters fail.
    JniUtils.setGradMode(false);
    if (JniUtils.getNumThreads() != threads) {
      throw new IllegalStateException(
          "could not set the engine's intra-op threads to " + threads + " (have " + JniUtils.getNumThreads() + ")");
    }
    return engine;
  }

  public static Threads threads() {
    return new Threads(JniUtils.getNumThreads(), JniUtils.getNumInteropThreads());
  }

  /**
   * {@code cpu}, {@code gpu} (fails when DJL sees none) or {@code auto} (a GPU when DJL sees one). A GPU
   * gets the determinism settings of {@link GpuDeterminism}.
   */
  public static Device device(String requested, Engine engine) {
    Device d =
        switch (requested) {
          case "cpu" -> Device.cpu();
          case "gpu" -> {
            if (engine.getGpuCount() < 1) {
              throw new IllegalStateException("--device gpu: DJL sees no GPU on this machine");
            }
            yield Device.gpu(0);
          }
          case "auto" -> engine.getGpuCount() > 0 ? Device.gpu(0) : Device.cpu();
          default -> throw new IllegalArgumentException("device must be cpu, gpu or auto, got '" + requested + "'");
        };
    if (d.isGpu()) {
      GpuDeterminism.apply();
    }
    return d;
  }
}
