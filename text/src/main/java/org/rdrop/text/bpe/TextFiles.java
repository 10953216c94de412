package org.rdrop.text.bpe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Strict UTF-8 reading, with errors that name the file and line. */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The whole file as text. Invalid UTF-8 is an error (as in subword-nmt, which would crash),
   * reported with the file and line.
   */
  public static String readUtf8(Path file) throws IOException {
    return decodeUtf8(readBytes(file), file.toString());
  }

  /** The whole file, not decoded; a missing file is reported as {@link #readUtf8} reports it. */
  public static byte[] readBytes(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
  }

  /** All of {@code in} as text; {@code source} names it in errors. */
  public static String readUtf8(InputStream in, String source) throws IOException {
    return decodeUtf8(in.readAllBytes(), source);
  }

  /** Decodes {@code bytes} strictly; {@code source} names them in errors. */
  public static String decodeUtf8(byte[] bytes, String source) throws CharacterCodingException {
    // The JDK's own decoding is several times faster than a CharsetDecoder, but replaces what is
    // invalid with U+FFFD instead of reporting it: without a U+FFFD in its result the bytes were
    // valid; with one (invalid bytes, or a U+FFFD in the text), the strict decoder decides.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return decodeUtf8(bytes, 0, bytes.length, source);
  }

  /**
   * Decodes {@code bytes[from, to)} strictly; an error names {@code source}, the line (counted from
   * the start of {@code bytes}) and the offset in {@code bytes}.
   */
  static String decodeUtf8(byte[] bytes, int from, int to, String source)
      throws MalformedTextException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new MalformedTextException(
          source + ":" + line + ": invalid UTF-8 (byte offset " + at + ")");
    }
    out.flip();
    return out.toString();
  }

  /** Invalid UTF-8 in an input; the message names the source and line. */
  public static final class MalformedTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    MalformedTextException(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
