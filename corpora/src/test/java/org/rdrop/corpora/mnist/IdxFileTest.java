package org.rdrop.corpora.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

public class IdxFileTest {

  /** An idx file of unsigned bytes written byte by byte: magic 0 0 8 n, n big-endian sizes, the values. */
  public static byte[] idx(int[] dims, int... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(0);
    out.write(0x08);
    out.write(dims.length);
    for (int d : dims) {
      out.write(d >>> 24);
      out.write(d >>> 16);
      out.write(d >>> 8);
      out.write(d);
    }
    for (int v : values) {
      out.write(v);
    }
    return out.toByteArray();
  }

  @Test
  void readsDimensionsAndValuesOfThreeTwoByTwoImages() {
    byte[] bytes = idx(new int[] {3, 2, 2}, 0, 1, 2, 3, 10, 20, 30, 40, 255, 254, 128, 7);
    assertThat(bytes).hasSize(16 + 12);
    assertThat(Arrays.copyOf(bytes, 4)).containsExactly(0, 0, 8, 3);
    IdxFile f = IdxFile.parse("imgs", bytes, 3);
    assertThat(new int[] {f.dim(0), f.dim(1), f.dim(2)}).containsExactly(3, 2, 2);
    assertThat(f.value(0)).isZero();
    assertThat(f.value(5)).isEqualTo(20);
    assertThat(f.value(8)).isEqualTo(255); // unsigned, not -1
    assertThat(f.value(11)).isEqualTo(7);
    assertThat(f.offset(8)).isEqualTo(24);
  }

  @Test
  void dimensionSizesAreBigEndian() {
    int[] values = new int[300];
    IdxFile f = IdxFile.parse("labels", idx(new int[] {300}, values), 1);
    assertThat(f.dim(0)).isEqualTo(300);
  }

  @Test
  void badMagicNumberIsRefusedNamingFileAndOffset() {
    byte[] bytes = idx(new int[] {1}, 5);
    bytes[1] = 0x1f;
    assertThatThrownBy(() -> IdxFile.parse("x/labels-idx1", bytes, 1))
        .isInstanceOf(DataImportException.class)
        .hasMessage("x/labels-idx1: offset 0: magic number starts with 0x00 0x1f, expected 0x00 0x00 (not an idx file)");
    byte[] floats = idx(new int[] {1}, 5);
    floats[2] = 0x0d;
    assertThatThrownBy(() -> IdxFile.parse("x/labels-idx1", floats, 1))
        .hasMessage("x/labels-idx1: offset 2: data type 0x0d, expected 0x08 (unsigned byte)");
    assertThatThrownBy(() -> IdxFile.parse("x/images-idx3", idx(new int[] {1}, 5), 3))
        .hasMessage("x/images-idx3: offset 3: 1 dimensions, expected 3");
  }

  @Test
  void truncatedOrOverlongFilesAreRefusedNamingFileAndSizes() {
    byte[] whole = idx(new int[] {3, 2, 2}, new int[12]);
    assertThatThrownBy(() -> IdxFile.parse("imgs", Arrays.copyOf(whole, whole.length - 1), 3))
        .isInstanceOf(DataImportException.class)
        .hasMessage("imgs: truncated: dimensions [3, 2, 2] need 28 bytes (16 of header and 12 values), the file has 27");
    assertThatThrownBy(() -> IdxFile.parse("imgs", Arrays.copyOf(whole, 10), 3))
        .hasMessage("imgs: truncated in the header: 10 bytes, the 3 dimension sizes end at offset 16");
    assertThatThrownBy(() -> IdxFile.parse("imgs", Arrays.copyOf(whole, 3), 3))
        .hasMessage("imgs: truncated: 3 bytes, an idx header needs at least 4");
    assertThatThrownBy(() -> IdxFile.parse("imgs", Arrays.copyOf(whole, whole.length + 2), 3))
        .hasMessage("imgs: trailing bytes: dimensions [3, 2, 2] need 28 bytes (16 of header and 12 values), the file has 30");
  }
}
