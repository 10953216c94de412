package org.rdrop.pipeline.data;

/** A corpus file that cannot be read as UTF-8 text aligned line by line; names the file and line. */
public final class CorpusFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorpusFormatException(String message) {
    super(message);
  }
}
