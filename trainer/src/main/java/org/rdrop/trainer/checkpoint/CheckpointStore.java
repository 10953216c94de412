package org.rdrop.trainer.checkpoint;

import org.rdrop.format.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Checkpoints in a directory as {@code checkpoint-<updates, 9 digits>.ckpt}. Each file is written to a
 * temporary name, forced to disk and atomically renamed, so a kill at any moment leaves only complete
 * checkpoints; the newest {@link #KEEP} are kept.
 *
 * <p>Layout (big-endian): magic {@code RDCKPT01}; identity (UTF); updates int64; epoch int32; batch int32;
 * curve bytes int64; valid bytes int64; adam steps int64; parameter count int32; per parameter: name
 * (UTF), rank int32, dims int64[rank], values, first moments, second moments (float32 each); CRC-32 of all
 * previous bytes as int64; end marker {@code RDCKEND1}.
 */
public final class CheckpointStore {
  public static final int KEEP = 2;
  private static final byte[] MAGIC = "RDCKPT01".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "RDCKEND1".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{9})\\.ckpt");

  private final Path dir;

  public CheckpointStore(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public static String fileName(long updates) {
    return String.format(java.util.Locale.ROOT, "checkpoint-%09d.ckpt", updates);
  }

  /** Writes atomically and keeps only the newest {@link #KEEP}; returns the file. */
  public Path write(Checkpoint c) throws IOException {
    return write(c, KEEP, Set.of());
  }

  /**
   * Writes atomically, then removes older checkpoints except the newest {@code keepNewest} (at least
   * {@link #KEEP}) and those at the updates in {@code keepAlso} (the best one, for final_model best).
   */
  public Path write(Checkpoint c, int keepNewest, Set<Long> keepAlso) throws IOException {
    Path file = writeFile(c);
    List<Long> steps = listUpdates();
    int keep = Math.max(KEEP, keepNewest);
    for (int i = 0; i < steps.size() - keep; i++) {
      if (!keepAlso.contains(steps.get(i))) {
        Files.deleteIfExists(dir.resolve(fileName(steps.get(i))));
      }
    }
    return file;
  }

  private Path writeFile(Checkpoint c) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(fileName(c.updates()));
    AtomicFiles.write(
        file,
        raw -> {
          CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32());
          DataOutputStream out = new DataOutputStream(checked);
          writeBody(out, c);
          out.flush();
          long crc = checked.getChecksum().getValue();
          out.writeLong(crc);
          out.write(END);
          out.flush();
        });
    return file;
  }

  /** Completed checkpoints' update counts, ascending. */
  public List<Long> listUpdates() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Long> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          out.add(Long.parseLong(m.group(1)));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The newest checkpoint, if any. A corrupt newest file is an error naming it (never silently skipped). */
  public Optional<Checkpoint> latest() throws IOException {
    List<Long> steps = listUpdates();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read(dir.resolve(fileName(steps.get(steps.size() - 1)))));
  }

  /** The checkpoint written after {@code updates} updates. */
  public Checkpoint read(long updates) throws IOException {
    Path file = dir.resolve(fileName(updates));
    if (!Files.isRegularFile(file)) {
      throw new IOException("no checkpoint after " + updates + " updates in " + dir);
    }
    return read(file);
  }

  public static Checkpoint read(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
        DataInputStream in = new DataInputStream(checked)) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException("not an rdrop checkpoint (bad magic): " + file);
      }
      String identity = in.readUTF();
      long updates = in.readLong();
      int epoch = in.readInt();
      int batch = in.readInt();
      long curveBytes = in.readLong();
      long validBytes = in.readLong();
      long adamSteps = in.readLong();
      int n = in.readInt();
      if (n < 0 || n > 1_000_000) {
        throw new IOException("corrupt checkpoint " + file + ": parameter count " + n);
      }
      LinkedHashMap<String, float[]> params = new LinkedHashMap<>();
      LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
      List<float[]> ms = new ArrayList<>(n);
      List<float[]> vs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        int rank = in.readInt();
        if (rank < 0 || rank > 8) {
          throw new IOException("corrupt checkpoint " + file + ": parameter " + name + " has rank " + rank);
        }
        long[] dims = new long[rank];
        long size = 1;
        for (int d = 0; d < rank; d++) {
          dims[d] = in.readLong();
          size = Math.multiplyExact(size, dims[d]);
        }
        if (size < 0 || size > Integer.MAX_VALUE) {
          throw new IOException("corrupt checkpoint " + file + ": parameter " + name + " size " + size);
        }
        shapes.put(name, dims);
        params.put(name, readFloats(in, (int) size));
        ms.add(readFloats(in, (int) size));
        vs.add(readFloats(in, (int) size));
      }
      long expected = checked.getChecksum().getValue();
      long stored = in.readLong();
      byte[] end = in.readNBytes(END.length);
      if (stored != expected || !Arrays.equals(end, END) || in.read() != -1) {
        throw new IOException("corrupt checkpoint " + file + ": checksum or end marker mismatch");
      }
      return new Checkpoint(identity, updates, epoch, batch, curveBytes, validBytes, params, shapes, adamSteps, ms, vs);
    } catch (EOFException e) {
      throw new IOException("truncated checkpoint " + file, e);
    }
  }

  private static void writeBody(DataOutputStream out, Checkpoint c) throws IOException {
    out.write(MAGIC);
    out.writeUTF(c.identity());
    out.writeLong(c.updates());
    out.writeInt(c.epoch());
    out.writeInt(c.batchInEpoch());
    out.writeLong(c.curveBytes());
    out.writeLong(c.validBytes());
    out.writeLong(c.adamSteps());
    out.writeInt(c.params().size());
    int i = 0;
    for (Map.Entry<String, float[]> e : c.params().entrySet()) {
      long[] dims = c.shapes().get(e.getKey());
      out.writeUTF(e.getKey());
      out.writeInt(dims.length);
      for (long d : dims) {
        out.writeLong(d);
      }
      writeFloats(out, e.getValue());
      writeFloats(out, c.adamM().get(i));
      writeFloats(out, c.adamV().get(i));
      i++;
    }
  }

  /** Floats as big-endian raw IEEE-754 bits (exact). */
  static void writeFloats(DataOutputStream out, float[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.BIG_ENDIAN);
    b.asFloatBuffer().put(v);
    out.write(b.array());
  }

  static float[] readFloats(DataInputStream in, int n) throws IOException {
    byte[] bytes = in.readNBytes(n * 4);
    if (bytes.length != n * 4) {
      throw new EOFException();
    }
    float[] v = new float[n];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
