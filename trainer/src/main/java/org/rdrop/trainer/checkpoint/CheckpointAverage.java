package org.rdrop.trainer.checkpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic mean of several checkpoints' parameters, as fairseq's
 * {@code scripts/average_checkpoints.py}: every parameter averaged element-wise over the checkpoints.
 * Each element is summed in double precision in the order given and rounded to float once (fairseq sums
 * in the tensors' float32 and divides, which can differ in the last bit); the result depends only on
 * the values and their order.
 */
public final class CheckpointAverage {
  private CheckpointAverage() {}

  /** The mean of {@code params} (one map per checkpoint, the same names and sizes in the same order). */
  public static LinkedHashMap<String, float[]> mean(List<? extends Map<String, float[]>> params) {
    if (params.isEmpty()) {
      throw new IllegalArgumentException("no checkpoints to average");
    }
    Map<String, float[]> first = params.get(0);
    LinkedHashMap<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, float[]> e : first.entrySet()) {
      String name = e.getKey();
      int n = e.getValue().length;
      double[] sum = new double[n];
      for (int k = 0; k < params.size(); k++) {
        Map<String, float[]> p = params.get(k);
        float[] v = p.get(name);
        if (v == null || v.length != n || p.size() != first.size()) {
          throw new IllegalArgumentException("checkpoint " + k + " does not have the parameters of the first ("
              + name + (v == null ? " missing" : ": " + v.length + " values, expected " + n) + ")");
        }
        for (int i = 0; i < n; i++) {
          sum[i] += v[i];
        }
      }
      float[] mean = new float[n];
      for (int i = 0; i < n; i++) {
        mean[i] = (float) (sum[i] / params.size());
      }
      out.put(name, mean);
    }
    return out;
  }
}
