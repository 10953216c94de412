package org.rdrop.corpora.mnist;

import java.util.Arrays;
import org.rdrop.corpora.DataImportException;

/**
 * An idx file of unsigned bytes, the format of the original MNIST files: two zero bytes, the data type
 * (0x08, unsigned byte), the number of dimensions, each dimension as a big-endian 32-bit integer, then
 * the values in row-major order. The whole file is checked when read: the magic number, the number of
 * dimensions the caller expects, and a length of exactly header plus the product of the dimensions.
 * Errors name the file and the byte offset or field.
 */
public final class IdxFile {
  static final int UNSIGNED_BYTE = 0x08;

  private final String name;
  private final int[] dims;
  private final byte[] bytes;
  private final int dataOffset;

  private IdxFile(String name, int[] dims, byte[] bytes, int dataOffset) {
    this.name = name;
    this.dims = dims;
    this.bytes = bytes;
    this.dataOffset = dataOffset;
  }

  /** Parses {@code bytes}, which must hold {@code dimensions} dimensions; {@code name} names the file in errors. */
  public static IdxFile parse(String name, byte[] bytes, int dimensions) {
    if (bytes.length < 4) {
      throw new DataImportException(name + ": truncated: " + bytes.length + " bytes, an idx header needs at least 4");
    }
    if (bytes[0] != 0 || bytes[1] != 0) {
      throw new DataImportException(String.format(
          "%s: offset 0: magic number starts with 0x%02x 0x%02x, expected 0x00 0x00 (not an idx file)",
          name, bytes[0] & 0xff, bytes[1] & 0xff));
    }
    if ((bytes[2] & 0xff) != UNSIGNED_BYTE) {
      throw new DataImportException(String.format(
          "%s: offset 2: data type 0x%02x, expected 0x%02x (unsigned byte)", name, bytes[2] & 0xff, UNSIGNED_BYTE));
    }
    int n = bytes[3] & 0xff;
    if (n != dimensions) {
      throw new DataImportException(
          name + ": offset 3: " + n + " dimensions, expected " + dimensions);
    }
    int dataOffset = 4 + 4 * n;
    if (bytes.length < dataOffset) {
      throw new DataImportException(
          name + ": truncated in the header: " + bytes.length + " bytes, the " + n + " dimension sizes end at offset "
              + dataOffset);
    }
    int[] dims = new int[n];
    long values = 1;
    for (int d = 0; d < n; d++) {
      int at = 4 + 4 * d;
      dims[d] = ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
          | (bytes[at + 3] & 0xff);
      if (dims[d] < 0) {
        throw new DataImportException(name + ": offset " + at + ": dimension " + (d + 1) + " is " + (dims[d] & 0xffffffffL)
            + ", too large");
      }
      values *= dims[d];
    }
    long expected = dataOffset + values;
    if (bytes.length != expected) {
      throw new DataImportException(
          name + ": " + (bytes.length < expected ? "truncated" : "trailing bytes") + ": dimensions "
              + Arrays.toString(dims) + " need " + expected + " bytes (" + dataOffset + " of header and " + values
              + " values), the file has " + bytes.length);
    }
    return new IdxFile(name, dims, bytes, dataOffset);
  }

  public String name() {
    return name;
  }

  /** Size of dimension {@code d} (0-based). */
  public int dim(int d) {
    return dims[d];
  }

  /** The value at flat (row-major) index {@code i}, 0..255. */
  public int value(long i) {
    return bytes[Math.toIntExact(dataOffset + i)] & 0xff;
  }

  /** Byte offset in the file of the value at flat index {@code i}, for error messages. */
  public long offset(long i) {
    return dataOffset + i;
  }
}
