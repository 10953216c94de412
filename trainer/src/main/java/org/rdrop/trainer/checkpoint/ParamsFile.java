package org.rdrop.trainer.checkpoint;

import org.rdrop.format.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Final model parameters: magic {@code RDPARAM1}, count int32, then per parameter name (UTF), rank int32,
 * dims int64[rank], float32 values (big-endian raw bits), end marker {@code RDPAREND}. The bytes depend
 * only on names, shapes and values, so the file's SHA-256 is the parameter hash of a run.
 */
public final class ParamsFile {
  private static final byte[] MAGIC = "RDPARAM1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "RDPAREND".getBytes(StandardCharsets.US_ASCII);

  private ParamsFile() {}

  /** Named tensors: values and shapes in the same order. */
  public record Tensors(LinkedHashMap<String, float[]> values, LinkedHashMap<String, long[]> shapes) {}

  public static void write(Path file, Tensors t) throws IOException {
    AtomicFiles.write(
        file,
        raw -> {
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
          out.write(MAGIC);
          out.writeInt(t.values().size());
          for (Map.Entry<String, float[]> e : t.values().entrySet()) {
            long[] dims = t.shapes().get(e.getKey());
            out.writeUTF(e.getKey());
            out.writeInt(dims.length);
            for (long d : dims) {
              out.writeLong(d);
            }
            CheckpointStore.writeFloats(out, e.getValue());
          }
          out.write(END);
          out.flush();
        });
  }

  public static Tensors read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
        throw new IOException("not an rdrop parameter file (bad magic): " + file);
      }
      int n = in.readInt();
      LinkedHashMap<String, float[]> values = new LinkedHashMap<>();
      LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        long[] dims = new long[in.readInt()];
        long size = 1;
        for (int d = 0; d < dims.length; d++) {
          dims[d] = in.readLong();
          size *= dims[d];
        }
        shapes.put(name, dims);
        values.put(name, CheckpointStore.readFloats(in, Math.toIntExact(size)));
      }
      if (!Arrays.equals(in.readNBytes(END.length), END) || in.read() != -1) {
        throw new IOException("corrupt parameter file (end marker): " + file);
      }
      return new Tensors(values, shapes);
    } catch (java.io.EOFException e) {
      throw new IOException("truncated parameter file " + file, e);
    }
  }
}
