package org.rdrop.config;

import org.rdrop.trainer.config.ConfigFileException;

/** An experiment that cannot be used; the message names the file, line and key (or what is missing). */
public final class ConfigException extends ConfigFileException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
