package org.rdrop.bleu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values printed by Python 3.11 (repr and f-strings) for the same doubles. */
class PythonFloatsTest {

  @Test
  void reprIsTheShortestRoundTrip() {
    assertThat(PythonFloats.repr(48.5)).isEqualTo("48.5");
    assertThat(PythonFloats.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PythonFloats.repr(48.530827009929865)).isEqualTo("48.530827009929865");
    assertThat(PythonFloats.repr(100.0)).isEqualTo("100.0");
    assertThat(PythonFloats.repr(0.0)).isEqualTo("0.0");
    assertThat(PythonFloats.repr(0.0001)).isEqualTo("0.0001");
  }

  @Test
  void reprSwitchesToExponentsLikePython() {
    assertThat(PythonFloats.repr(1.0 / 10001)).isEqualTo("9.999000099990002e-05");
    assertThat(PythonFloats.repr(1e-5)).isEqualTo("1e-05");
    assertThat(PythonFloats.repr(1e16)).isEqualTo("1e+16");
    assertThat(PythonFloats.repr(1234567890123456.0)).isEqualTo("1234567890123456.0");
    assertThat(PythonFloats.repr(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(PythonFloats.repr(-2.5e-7)).isEqualTo("-2.5e-07");
  }

  @Test
  void fixedRoundsTheExactBinaryValue() {
    assertThat(PythonFloats.fixed(0.125, 2)).isEqualTo("0.12"); // exact tie: to even
    assertThat(PythonFloats.fixed(0.375, 2)).isEqualTo("0.38");
    assertThat(PythonFloats.fixed(2.675, 2)).isEqualTo("2.67"); // 2.67499999...
    assertThat(PythonFloats.fixed(0.15, 1)).isEqualTo("0.1"); // 0.14999999...
    assertThat(PythonFloats.fixed(48.530827009929865, 1)).isEqualTo("48.5");
    assertThat(PythonFloats.fixed(0.9428731438548749, 3)).isEqualTo("0.943");
    assertThat(PythonFloats.fixed(7, 0)).isEqualTo("7");
    assertThat(PythonFloats.rounded(45.06750632106114, 1)).isEqualTo(45.1);
  }
}
