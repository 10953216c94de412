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

/**
 * An append-only TSV log with a header line. While training it lives under a {@code .partial} name; a
 * resumed run truncates it to the length a checkpoint recorded, so lines written after that checkpoint
 * (possibly half a line, after a kill) are dropped and rewritten identically. {@link #finish} renames it
 * to its final name atomically.
 */
final class TsvLog implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final BufferedWriter writer;
  private final int columns;

  private TsvLog(Path file, FileChannel channel, int columns) {
    this.file = file;
    this.channel = channel;
    this.writer =
        new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
  }

  /** A new log holding only the header (an existing file is replaced). */
  static TsvLog create(Path file, List<String> header) throws IOException {
    FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    TsvLog log = new TsvLog(file, ch, header.size());
    log.writer.write(String.join("\t", header));
    log.writer.write('\n');
    log.flush();
    return log;
  }

  /** Reopens a log truncated to {@code bytes}, checking that it starts with the expected header. */
  static TsvLog resume(Path file, List<String> header, long bytes) throws IOException {
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
    return new TsvLog(file, ch, header.size());
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
    return channel.size();
  }

  /** Flushes, closes and renames to {@code finalName} atomically. */
  void finish(Path finalName) throws IOException {
    flush();
    channel.force(true);
    close();
    Files.move(file, finalName, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    if (channel.isOpen()) {
      writer.close();
    }
  }
}
