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
        throw new IOException(dict + ":" + (i + 1) + ": expected '<symbol> <count>', got '" + lines.get(i) + "'");
      }
      try {
        Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        throw new IOException(dict + ":" + (i + 1) + ": count '" + parts[1] + "' is not a number", e);
      }
    }
    return Specials.COUNT + lines.size();
  }
}
