package org.rdrop.trainer.data;

import org.rdrop.format.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The batch file: the contract between the pipeline's batching stage and the trainer.
 *
 * <p>Layout (big-endian, as {@link DataOutputStream} writes):
 *
 * <pre>
 *   magic     8 bytes  "RDBATCH1"
 *   batches   int32    number of batches B
 *   examples  int64    number of examples over all batches
 *   B times:
 *     size    int32    examples in this batch
 *     size times: id int64, srcLen int32, src int32[srcLen], tgtLen int32, tgt int32[tgtLen]
 *   end       8 bytes  "RDBATEND" (a truncated file is detected, not half-read)
 * </pre>
 *
 * Batches are stored in canonical order; the order for an epoch is {@link BatchOrder#forEpoch}.
 */
public final class BatchFile {
  static final byte[] MAGIC = "RDBATCH1".getBytes(StandardCharsets.US_ASCII);
  static final byte[] END = "RDBATEND".getBytes(StandardCharsets.US_ASCII);
  /** Guards against reading a corrupt length as a huge allocation. */
  static final int MAX_LENGTH = 1 << 20;

  private BatchFile() {}

  /** Writes atomically: a temporary file in the same directory, renamed when complete. */
  public static void write(Path file, List<List<Example>> batches) throws IOException {
    AtomicFiles.write(
        file,
        raw -> {
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
          out.write(MAGIC);
          out.writeInt(batches.size());
          out.writeLong(batches.stream().mapToLong(List::size).sum());
          for (List<Example> batch : batches) {
            out.writeInt(batch.size());
            for (Example e : batch) {
              out.writeLong(e.id());
              writeIds(out, e.source());
              writeIds(out, e.target());
            }
          }
          out.write(END);
          out.flush();
        });
  }

  /** Reads and validates the whole file; a corrupt or truncated file fails naming the file and offset. */
  public static List<List<Example>> read(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      CountingInput in = new CountingInput(raw);
      try {
        byte[] magic = in.data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
          throw corrupt(file, 0, "not an rdrop batch file (bad magic)");
        }
        int numBatches = in.data.readInt();
        long numExamples = in.data.readLong();
        if (numBatches < 0 || numExamples < 0) {
          throw corrupt(file, 8, "negative batch or example count");
        }
        List<List<Example>> batches = new ArrayList<>(Math.min(numBatches, MAX_LENGTH));
        long seen = 0;
        for (int b = 0; b < numBatches; b++) {
          long at = in.count;
          int size = in.data.readInt();
          if (size <= 0 || size > MAX_LENGTH) {
            throw corrupt(file, at, "batch " + b + " has invalid size " + size);
          }
          List<Example> batch = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            long id = in.data.readLong();
            int[] src = readIds(in, file);
            int[] tgt = readIds(in, file);
            batch.add(new Example(id, src, tgt));
          }
          seen += size;
          batches.add(batch);
        }
        if (seen != numExamples) {
          throw corrupt(file, in.count, "header says " + numExamples + " examples, found " + seen);
        }
        long at = in.count;
        if (!Arrays.equals(in.data.readNBytes(END.length), END) || in.data.read() != -1) {
          throw corrupt(file, at, "missing end marker or trailing bytes");
        }
        return batches;
      } catch (EOFException e) {
        throw corrupt(file, in.count, "truncated");
      }
    }
  }

  private static void writeIds(DataOutputStream out, int[] ids) throws IOException {
    out.writeInt(ids.length);
    for (int id : ids) {
      out.writeInt(id);
    }
  }

  private static int[] readIds(CountingInput in, Path file) throws IOException {
    long at = in.count;
    int n = in.data.readInt();
    if (n < 0 || n > MAX_LENGTH) {
      throw corrupt(file, at, "invalid sequence length " + n);
    }
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      int id = in.data.readInt();
      if (id < 0) {
        throw corrupt(file, in.count - 4, "negative token id " + id);
      }
      ids[i] = id;
    }
    return ids;
  }

  private static IOException corrupt(Path file, long offset, String what) {
    return new IOException("corrupt batch file " + file + " at byte " + offset + ": " + what);
  }

  /** Tracks the byte offset for error messages. */
  private static final class CountingInput extends InputStream {
    private final InputStream in;
    final DataInputStream data;
    long count;

    CountingInput(InputStream in) {
      this.in = in;
      this.data = new DataInputStream(this);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
