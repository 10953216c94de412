package org.rdrop.trainer.config;

/** A value out of its range; {@link #key()} is the key as the experiment file spells it ({@code train.threads}). */
public final class ConfigValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String problem;

  /** The message is {@code key + separator + problem}, e.g. "train.threads must be >= 1". */
  ConfigValueException(String key, String separator, String problem) {
    super(key + separator + problem);
    this.key = key;
    this.problem = problem;
  }

  public String key() {
    return key;
  }

  /** What is wrong, without the key ("must be >= 1"). */
  public String problem() {
    return problem;
  }
}
