package org.rdrop.corpora;

/** A dataset import failed; the message names the file or URL and what was expected versus found. */
public final class DataImportException extends RuntimeException {
  public DataImportException(String message) {
    super(message);
  }

  public DataImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
