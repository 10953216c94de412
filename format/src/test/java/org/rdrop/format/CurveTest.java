package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveTest {
  @TempDir Path dir;

  /** The trainer's header (the format the trainer wrote before the testkit owned it), written out by hand. */
  static final String CURVE_HEADER =
      "step\tepoch\tpasses\tsentences\ttokens\tlr\tloss\tnll\tkl\tgrad_norm\tlr_bits\tloss_bits\tnll_bits\tkl_bits\tgrad_norm_bits\n";

  // Bits from Python: struct.pack('>d', v).hex()
  static final Curve.Row ROW = new Curve.Row(1, 1, 2, 3, 17, 1e-7, 9.5, 9.25, 0.125, 1.5);
  static final String ROW_LINE =
      "1\t1\t2\t3\t17\t1.000000e-07\t9.500000\t9.250000\t0.125000\t1.500000"
          + "\t3e7ad7f29abcaf48\t4023000000000000\t4022800000000000\t3fc0000000000000\t3ff8000000000000\n";

  @Test
  void writesTheTrainersFormatExactly() throws Exception {
    Path f = dir.resolve("curve.tsv");
    Curve.write(f, List.of(ROW));
    assertThat(Files.readString(f)).isEqualTo(CURVE_HEADER + ROW_LINE);
    assertThat(Curve.line(ROW.cells())).isEqualTo(ROW_LINE);
  }

  @Test
  void validTsvHasItsOwnColumns() throws Exception {
    Path f = dir.resolve("valid.tsv");
    Curve.ValidRow v = new Curve.ValidRow(1000, 887, 24310, 2.5, 0.125);
    Curve.writeValid(f, List.of(v));
    assertThat(Files.readString(f))
        .isEqualTo("step\tsentences\ttokens\tloss\tnll\tloss_bits\tnll_bits\n"
            + "1000\t887\t24310\t2.500000\t0.125000\t4004000000000000\t3fc0000000000000\n");
    assertThat(Curve.readValid(f)).containsExactly(v);
  }

  @Test
  void dropoutKlTsvRoundTripsAndItsDecimalMustAgreeWithItsBits() throws Exception {
    Path f = dir.resolve("dropout-kl.tsv");
    Curve.DropoutKlRow a = new Curve.DropoutKlRow(200, 24310, 0.125);
    Curve.DropoutKlRow b = new Curve.DropoutKlRow(400, 24310, 0.25 + Math.ulp(0.25)); // prints as 0.250000
    Curve.writeDropoutKl(f, List.of(a, b));
    // Bits from Python: struct.pack('>d', v).hex()
    String text = "step\ttokens\tkl\tkl_bits\n"
        + "200\t24310\t0.125000\t3fc0000000000000\n"
        + "400\t24310\t0.250000\t3fd0000000000001\n";
    assertThat(Files.readString(f)).isEqualTo(text);
    assertThat(Curve.readDropoutKl(f)).containsExactly(a, b);

    Files.writeString(f, text.replace("\t0.250000\t", "\t0.260000\t"));
    assertThatThrownBy(() -> Curve.readDropoutKl(f))
        .hasMessage(f + ":3: column kl: disagrees with kl_bits (edited by hand?)");
    Files.writeString(f, text.replace("kl_bits", "kl_hex"));
    assertThatThrownBy(() -> Curve.readDropoutKl(f)).hasMessageStartingWith(f + ":1: not the curve header");
  }

  @Test
  void readsBackEveryBitEvenWhereTheDecimalRoundsIt() throws Exception {
    double loss = 4.0 + Math.ulp(4.0); // prints as 4.000000, like 4.0
    Curve.Row r = new Curve.Row(7, 2, 1, 30, 900, 5e-4, loss, 3.1, 0, 2.0);
    Curve.Row s = new Curve.Row(8, 2, 1, 31, 901, 5e-4, 4.0, 3.0, 0, 2.0);
    Path f = dir.resolve("curve.tsv");
    Curve.write(f, List.of(r, s));
    List<Curve.Row> back = Curve.read(f);
    assertThat(back).containsExactly(r, s);
    assertThat(Double.doubleToRawLongBits(back.get(0).loss())).isEqualTo(0x4010000000000001L);
  }

  @Test
  void decimalThatDisagreesWithItsBitsIsRejectedWithFileLineAndColumn() throws Exception {
    Path f = dir.resolve("curve.tsv");
    Files.writeString(f, CURVE_HEADER + ROW_LINE.replace("\t9.500000\t", "\t9.400000\t"));
    assertThatThrownBy(() -> Curve.read(f))
        .hasMessage(f + ":2: column loss: disagrees with loss_bits (edited by hand?)");
  }

  @Test
  void badFilesNameWhatIsWrong() throws Exception {
    Path f = dir.resolve("curve.tsv");
    Files.writeString(f, CURVE_HEADER.replace("grad_norm\t", "gnorm\t") + ROW_LINE);
    assertThatThrownBy(() -> Curve.read(f))
        .hasMessageStartingWith(f + ":1: not the curve header (first difference in column 10); expected 'step epoch")
        .hasMessageNotContaining("gnorm");

    Files.writeString(f, CURVE_HEADER + ROW_LINE.replace("\t3ff8000000000000", ""));
    assertThatThrownBy(() -> Curve.read(f)).hasMessage(f + ":2: 14 cells, expected 15");

    Files.writeString(f, CURVE_HEADER + ROW_LINE + ROW_LINE);
    assertThatThrownBy(() -> Curve.read(f)).hasMessage(f + ":3: step 1 does not follow step 1");

    Files.writeString(f, CURVE_HEADER + ROW_LINE.replace("1\t1\t2\t3", "x\t1\t2\t3"));
    assertThatThrownBy(() -> Curve.read(f)).hasMessage(f + ":2: column step: not an integer");

    Files.writeString(f, CURVE_HEADER + ROW_LINE.substring(0, ROW_LINE.length() - 5));
    assertThatThrownBy(() -> Curve.read(f)).hasMessageContaining("last line has no newline");

    Files.writeString(f, "");
    assertThatThrownBy(() -> Curve.read(f)).hasMessageContaining("empty file");
  }

  @Test
  void headerOnlyIsAnEmptyCurve() throws Exception {
    assertThat(Curve.parse("c", CURVE_HEADER)).isEmpty();
  }

  @Test
  void columnsByName() {
    assertThat(ROW.value("grad_norm")).isEqualTo(1.5);
    assertThat(ROW.value("lr")).isEqualTo(1e-7);
    assertThat(ROW.count("tokens")).isEqualTo(17);
    assertThatThrownBy(() -> ROW.value("tokens")).hasMessageContaining("no float column 'tokens'");
  }
}
