package org.rdrop.rouge;

/**
 * The CNN/DailyMail files' sentence break: {@code <n>} inside a line of one example ends a sentence.
 * rougeLsum splits sentences at newlines, so a line is scored with each {@code <n>} made a newline (the
 * other types do not see the difference: a newline separates tokens as a space does).
 */
public final class SentenceBreaks {
  /** The marker in a line. */
  public static final String MARKER = "<n>";

  private SentenceBreaks() {}

  /** One line of a file as the text that is scored. */
  public static String toNewlines(String line) {
    return line.replace(MARKER, "\n");
  }
}
