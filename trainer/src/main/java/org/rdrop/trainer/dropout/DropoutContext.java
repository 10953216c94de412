package org.rdrop.trainer.dropout;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * What dropout does in one forward pass: the step, the number of passes stacked along the batch axis
 * ({@code [x; x]} for R-Drop), each pass's main dropout rate, and the seeded masks.
 *
 * <p>A site's input has the passes stacked along axis 0, so pass p owns rows [p*B, (p+1)*B) and its
 * slice of the mask comes from {@link DropoutMasks} with that pass's rate.
 */
public final class DropoutContext {
  private final boolean training;
  private final DropoutMasks masks;
  private final long step;
  private final double[] mainRates;
  private final double attentionRate;
  private final double activationRate;
  private MaskRecorder recorder;
  private MaskBuffers buffers;
  private long maskNanos;

  private DropoutContext(
      boolean training,
      DropoutMasks masks,
      long step,
      double[] mainRates,
      double attentionRate,
      double activationRate) {
    this.training = training;
    this.masks = masks;
    this.step = step;
    this.mainRates = mainRates;
    this.attentionRate = attentionRate;
    this.activationRate = activationRate;
  }

  /** No dropout: evaluation, decoding, or a deterministic forward in tests. */
  public static DropoutContext inference() {
    return new DropoutContext(false, null, -1, new double[] {0}, 0, 0);
  }

  /**
   * Training at 0-based update {@code step} with {@code mainRates.length} passes stacked along the batch
   * axis; pass p uses {@code mainRates[p]} for {@link DropoutKind#MAIN} sites.
   */
  public static DropoutContext training(
      DropoutMasks masks, long step, double[] mainRates, double attentionRate, double activationRate) {
    if (mainRates.length < 1) {
      throw new IllegalArgumentException("at least one pass");
    }
    for (double r : mainRates) {
      DropoutMasks.threshold(r);
    }
    DropoutMasks.threshold(attentionRate);
    DropoutMasks.threshold(activationRate);
    return new DropoutContext(
        true, masks, step, mainRates.clone(), attentionRate, activationRate);
  }

  public boolean training() {
    return training;
  }

  public long step() {
    return step;
  }

  /** Number of copies of the batch stacked along axis 0. */
  public int passes() {
    return mainRates.length;
  }

  public void setRecorder(MaskRecorder recorder) {
    this.recorder = recorder;
  }

  /** Takes mask memory from {@code buffers} instead of fresh direct buffers (see {@link MaskBuffers}). */
  public DropoutContext withBuffers(MaskBuffers buffers) {
    this.buffers = buffers;
    return this;
  }

  /** Time spent making and uploading masks since this context was created. */
  public long maskNanos() {
    return maskNanos;
  }

  private double rate(DropoutKind kind, int pass) {
    return switch (kind) {
      case MAIN -> mainRates[pass];
      case ATTENTION -> attentionRate;
      case ACTIVATION -> activationRate;
    };
  }

  /** Applies the seeded dropout of {@code site} to {@code x} (axis 0 holds the stacked passes). */
  public NDArray apply(NDArray x, String site, DropoutKind kind) {
    if (!training) {
      return x;
    }
    int passes = passes();
    boolean any = false;
    for (int p = 0; p < passes; p++) {
      any |= rate(kind, p) > 0;
    }
    if (!any) {
      return x;
    }
    long t0 = System.nanoTime();
    long total = x.size();
    long rows = x.getShape().get(0);
    if (rows % passes != 0) {
      throw new IllegalStateException(
          "site " + site + ": " + rows + " rows do not split into " + passes + " passes");
    }
    int perPass = Math.toIntExact(total / passes);
    int size = Math.toIntExact(total) * Float.BYTES;
    ByteBuffer bytes =
        buffers != null ? buffers.take(size) : ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder());
    FloatBuffer values = bytes.asFloatBuffer();
    for (int p = 0; p < passes; p++) {
      double r = rate(kind, p);
      if (r > 0) {
        masks.fill(site, step, p, r, values, p * perPass, perPass);
      } else {
        for (int i = p * perPass; i < (p + 1) * perPass; i++) {
          values.put(i, 1f);
        }
      }
      if (recorder != null) {
        float[] copy = new float[perPass];
        values.get(p * perPass, copy);
        recorder.record(site, step, p, copy);
      }
    }
    NDArray mask = x.getManager().create(bytes, x.getShape(), DataType.FLOAT32);
    if (!mask.getDevice().equals(x.getDevice())) {
      mask = mask.toDevice(x.getDevice(), false);
    }
    maskNanos += System.nanoTime() - t0;
    return x.mul(mask);
  }

  @Override
  public String toString() {
    return training
        ? "DropoutContext(step=" + step + ", rates=" + Arrays.toString(mainRates) + ")"
        : "DropoutContext(inference)";
  }
}
