package org.rdrop.trainer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the size of a fairseq {@code dict.txt}: the 4 specials plus one symbol per line. */
public final class Dictionaries {
  private Dictionaries() {}

  public static int size(Path dict) throws IOException {
    List<String> lines = Files.readAllLines(dict, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split(" ");
      if (parts.length < 2 || parts[0].isEmpty()) {
        // The line is not quoted: errors do not echo file contents.
        throw new IOException(dict + ":" + (i + 1) + ": expected '<symbol> <count>'");
      }
      try {
        Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        // No cause: its message quotes the line, and error reports show the innermost cause.
        throw new IOException(dict + ":" + (i + 1) + ": the count is not a whole number");
      }
    }
    return Specials.COUNT + lines.size();
  }
}
