package org.rdrop.pipeline.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line, refusing what a corpus must not contain: invalid UTF-8 and NUL bytes.
 * Lines end at '\n'; a '\r' before it is dropped (files written on Windows); a missing final newline is
 * accepted. Errors name the file, the 1-based line and the byte column.
 */
final class StrictLineReader implements Closeable {
  private final Path file;
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private long lineNumber;

  StrictLineReader(Path file) throws IOException {
    this.file = file;
    this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
  }

  /** The number of the line last returned (1-based). */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its terminator, or null at the end of the file. */
  String next() throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    lineNumber++;
    byte[] bytes = line.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    for (int i = 0; i < len; i++) {
      if (bytes[i] == 0) {
        throw new CorpusFormatException(file + ":" + lineNumber + ": NUL byte at byte column " + (i + 1));
      }
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, 0, len);
    try {
      decoder.reset();
      CharBuffer chars = decoder.decode(buf);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int at = buf.position();
      throw new CorpusFormatException(
          String.format(
              "%s:%d: invalid UTF-8 at byte column %d (byte 0x%02X)",
              file, lineNumber, at + 1, bytes[Math.min(at, len - 1)] & 0xFF));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
