package org.rdrop.bleu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.text.PythonStrings;

/**
 * Reads the text files of {@code rdrop bleu} as sacreBLEU's command line does: UTF-8, lines end at
 * {@code \n} only (a last line without one counts), and every line is right-stripped of Python
 * whitespace. Invalid UTF-8 is an error naming the file and line. A file named {@code -} is standard
 * input (an rdrop extension: sacreBLEU 2.6 opens a file of that name).
 */
final class BleuInputs {
  static final String STDIN = "<stdin>";

  private final InputStream standardInput;

  /** Inputs where a file named {@code -} is {@code standardInput}. */
  BleuInputs(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  /** How a file is named in messages and as a system's name: {@code -} is {@code <stdin>}. */
  static String display(Path file) {
    return isStandardInput(file) ? STDIN : file.toString();
  }

  List<String> readLines(Path file) throws IOException {
    if (isStandardInput(file)) {
      return readStandardInput();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
    return lines(bytes, file.toString());
  }

  /** Several files, read in parallel; the first error (in file order) is thrown. */
  List<List<String>> readAll(List<Path> files) throws IOException {
    List<Object> read = files.parallelStream().map(f -> {
      try {
        return (Object) readLines(f);
      } catch (IOException e) {
        return e;
      }
    }).collect(java.util.stream.Collectors.toList());
    List<List<String>> out = new ArrayList<>();
    for (Object o : read) {
      if (o instanceof IOException) {
        throw (IOException) o;
      }
      @SuppressWarnings("unchecked")
      List<String> lines = (List<String>) o;
      out.add(lines);
    }
    return out;
  }

  List<String> readStandardInput() throws IOException {
    return lines(standardInput.readAllBytes(), STDIN);
  }

  private static List<String> lines(byte[] bytes, String name) throws IOException {
    // One decode of the whole file; '\n' is a whole character in UTF-8, so splitting the text
    // gives the lines that decoding each line would. The JDK's own decoding is the fast one but
    // replaces invalid bytes with U+FFFD: only when its result holds one (invalid bytes, or a U+FFFD
    // in the text) does the strict decoder decide.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw invalidUtf8(bytes, name);
      }
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      out.add(PythonStrings.rstrip(text.substring(start, end)));
      start = end + 1;
    }
    return out;
  }

  /** The error for the first line that is not valid UTF-8, naming the file, line and byte. */
  private static IOException invalidUtf8(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      ByteBuffer buf = ByteBuffer.wrap(bytes, start, end - start);
      try {
        decoder.reset().decode(buf);
      } catch (CharacterCodingException e) {
        int column = buf.position() - start + 1;
        return new IOException(String.format("%s:%d: invalid UTF-8 at byte column %d (byte 0x%02X)",
            name, lineNo, column, bytes[Math.min(buf.position(), end - 1)] & 0xFF), e);
      }
      start = end + 1;
    }
    return new IOException(name + ": invalid UTF-8");
  }
}
