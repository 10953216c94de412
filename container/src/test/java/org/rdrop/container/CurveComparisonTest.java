package org.rdrop.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveComparisonTest {
  @TempDir Path dir;

  // 2.5 = 0x4004000000000000, 2.5000000000000004 (one ulp up) = 0x4004000000000001, 2.5025 = 0x4004051eb851eb85.
  static final String HEADER = "step\ttokens\tloss\tloss_bits\n";

  private Path log(String name, String rows) throws Exception {
    return Files.writeString(dir.resolve(name), HEADER + rows);
  }

  @Test
  void identicalLogsAgreeInBothModes() throws Exception {
    Path a = log("a", "1\t10\t2.500000\t4004000000000000\n");
    Path b = log("b", "1\t10\t2.500000\t4004000000000000\n");
    assertThat(CurveComparison.bitDifference(a, b)).isNull();
    assertThat(CurveComparison.toleranceDifference(a, b, 0)).isNull();
  }

  @Test
  void oneUlpIsABitDifferenceButWithinAnyTolerance() throws Exception {
    Path a = log("a", "1\t10\t2.500000\t4004000000000000\n");
    Path b = log("b", "1\t10\t2.500000\t4004000000000001\n");
    assertThat(CurveComparison.bitDifference(a, b))
        .isEqualTo("step 1, loss_bits: expected 4004000000000000, got 4004000000000001");
    assertThat(CurveComparison.toleranceDifference(a, b, 1e-12)).isNull();
  }

  @Test
  void toleranceIsRelativeAndIntegerColumnsMustMatch() throws Exception {
    Path a = log("a", "1\t10\t2.500000\t4004000000000000\n");
    Path b = log("b", "1\t10\t2.502500\t4004051eb851eb85\n");
    // |2.5025 - 2.5| / 2.5025 = 0.000999...
    assertThat(CurveComparison.toleranceDifference(a, b, 1e-3)).isNull();
    assertThat(CurveComparison.toleranceDifference(a, b, 9e-4)).startsWith("step 1, loss: expected 2.5, got 2.5025");
    Path c = log("c", "1\t11\t2.500000\t4004000000000000\n");
    assertThat(CurveComparison.toleranceDifference(a, c, 1)).isEqualTo("step 1, tokens: expected 10, got 11");
  }

  @Test
  void missingRowsAreReported() throws Exception {
    Path a = log("a", "1\t10\t2.500000\t4004000000000000\n2\t10\t2.500000\t4004000000000000\n");
    Path b = log("b", "1\t10\t2.500000\t4004000000000000\n");
    assertThat(CurveComparison.bitDifference(a, b)).isEqualTo("expected 2 rows, got 1");
  }
}
