package org.rdrop.rouge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.rouge.SentenceBreaks;
import org.rdrop.text.bpe.TextFiles;

/**
 * The examples of a file of {@code rdrop rouge}: UTF-8 (invalid bytes are an error naming the file and
 * line), one example a line (lines end at {@code \n}; a last line without one counts), and {@code <n>}
 * inside a line is a sentence break (the CNN/DailyMail files' convention), made a newline, which is
 * where rougeLsum splits sentences.
 */
final class RougeInputs {
  private RougeInputs() {}

  static List<String> read(Path file) throws IOException {
    String text = TextFiles.readUtf8(file);
    List<String> examples = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      examples.add(example(text.substring(start, end)));
      start = end + 1;
    }
    return examples;
  }

  /** One line as the text that is scored. */
  static String example(String line) {
    return SentenceBreaks.toNewlines(line);
  }
}
