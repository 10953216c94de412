package org.rdrop.trainer.config;

/**
 * A config file that cannot be used. The message is complete, one line naming the file, line, column and key
 * ({@code FILE:LINE:COLUMN: key 'train.seed': what is wrong}), so it is reported as is, never replaced by a
 * cause's message.
 */
public class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigFileException(String message) {
    super(message);
  }

  public ConfigFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
