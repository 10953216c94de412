package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.types.Shape;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class InitSpecTest {

  @Test
  void valuesArePureFunctionsOfSeedNameAndShape() {
    Shape s = new Shape(64, 32);
    float[] a = InitSpec.xavierUniform(1).values(64, "encoder.layer.0.fc1.weight", s);
    // Drawing other parameters first (another creation order) changes nothing.
    InitSpec.normal(0.1, 1).values(64, "embed_tokens.weight", new Shape(100, 32));
    assertThat(InitSpec.xavierUniform(1).values(64, "encoder.layer.0.fc1.weight", s)).isEqualTo(a);
    assertThat(InitSpec.xavierUniform(1).values(64, "encoder.layer.0.fc2.weight", s)).isNotEqualTo(a);
    assertThat(InitSpec.xavierUniform(1).values(65, "encoder.layer.0.fc1.weight", s)).isNotEqualTo(a);
  }

  @Test
  void xavierUniformStaysInItsBoundAndFillsIt() {
    // fan_in 32, fan_out 64: bound = gain * sqrt(6 / 96) = 0.25 for gain 1.
    float[] v = InitSpec.xavierUniform(1).values(1, "w", new Shape(64, 32));
    double max = 0;
    double sum = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
      sum += x;
    }
    assertThat(max).isLessThanOrEqualTo(0.25).isGreaterThan(0.24);
    assertThat(sum / v.length).isCloseTo(0, Offset.offset(0.02));
    float[] g = InitSpec.xavierUniform(1 / Math.sqrt(2)).values(1, "w", new Shape(64, 32));
    for (float x : g) {
      assertThat(Math.abs(x)).isLessThanOrEqualTo((float) (0.25 / Math.sqrt(2)));
    }
  }

  @Test
  void normalHasTheRequestedSpreadAndAZeroPaddingRow() {
    int rows = 400;
    int d = 64;
    float[] v = InitSpec.normal(Math.pow(d, -0.5), 1).values(7, "embed_tokens.weight", new Shape(rows, d));
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < v.length; i++) {
      if (i / d == 1) {
        assertThat(v[i]).isZero();
        continue;
      }
      sum += v[i];
      sq += v[i] * (double) v[i];
    }
    int n = v.length - d;
    double mean = sum / n;
    double sd = Math.sqrt(sq / n - mean * mean);
    assertThat(mean).isCloseTo(0, Offset.offset(0.005));
    assertThat(sd).isCloseTo(0.125, Offset.offset(0.003));
  }
}
