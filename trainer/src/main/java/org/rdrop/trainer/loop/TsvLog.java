package org.rdrop.trainer.loop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Sha256;

/**
 * An append-only TSV log with a header line. While training it lives under a {@code .partial} name; a
 * resumed run truncates it to the length a checkpoint recorded, so lines written after that checkpoint
 * (possibly half a line, after a kill) are dropped and rewritten identically. {@link #finish} renames it
 * to its final name atomically.
 */
final class TsvLog implements AutoCloseable {
  private final Path finalName;
  private final Path file;
  private final FileChannel channel;
  private final BufferedWriter writer;
  private final int columns;
  private long flushed;

  private TsvLog(Path finalName, FileChannel channel, int columns, long flushed) {
    this.finalName = finalName;
    this.file = MethodDirectory.partial(finalName);
    this.channel = channel;
    this.writer =
        new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
    this.flushed = flushed;
  }

  /**
   * The log of {@code finalName}, under its partial name: a new one holding only the header (an existing
   * file is replaced), or, for a resumed run ({@code resumeAt} not null), the one it continues, truncated to
   * the length its checkpoint recorded; a kill that came while training finished may have left that one under
   * its final name already.
   */
  static TsvLog open(Path finalName, List<String> header, Long resumeAt) throws IOException {
    return resumeAt == null ? create(finalName, header) : resume(finalName, header, resumeAt);
  }

  private static TsvLog create(Path finalName, List<String> header) throws IOException {
    FileChannel ch = FileChannel.open(MethodDirectory.partial(finalName), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    TsvLog log = new TsvLog(finalName, ch, header.size(), 0);
    log.writer.write(String.join("\t", header));
    log.writer.write('\n');
    log.flush();
    return log;
  }

  /** Reopens a log truncated to {@code bytes}, checking that it starts with the expected header. */
  private static TsvLog resume(Path finalName, List<String> header, long bytes) throws IOException {
    Path file = MethodDirectory.partial(finalName);
    if (!Files.exists(file) && Files.exists(finalName)) {
      Files.move(finalName, file, StandardCopyOption.ATOMIC_MOVE);
    }
    if (!Files.exists(file) || Files.size(file) < bytes) {
      throw new IOException(
          file + " is missing or shorter (" + (Files.exists(file) ? Files.size(file) : -1) + " bytes) than the "
              + bytes + " bytes the checkpoint recorded");
    }
    String first;
    try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = r.readLine();
    }
    if (!String.join("\t", header).equals(first)) {
      throw new IOException(file + ": header differs from this trainer's columns");
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
    ch.truncate(bytes);
    ch.position(bytes);
    return new TsvLog(finalName, ch, header.size(), bytes);
  }

  /** The file while training runs (its partial name). */
  Path file() {
    return file;
  }

  void append(List<String> cells) throws IOException {
    if (cells.size() != columns) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + columns);
    }
    writer.write(String.join("\t", cells));
    writer.write('\n');
  }

  /** Flushes to the file and returns its length. */
  long flush() throws IOException {
    writer.flush();
    flushed = channel.size();
    return flushed;
  }

  /** The length at the last {@link #flush} (or at opening): what a checkpoint taken now records. */
  long flushed() {
    return flushed;
  }

  /** Flushes, closes and renames to the final name atomically; returns the final file's SHA-256. */
  String finish() throws IOException {
    flush();
    channel.force(true);
    close();
    Files.move(file, finalName, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Sha256.of(finalName);
  }

  @Override
  public void close() throws IOException {
    if (channel.isOpen()) {
      writer.close();
    }
  }
}
