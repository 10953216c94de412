package org.rdrop.trainer.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the {@code train:} section of an experiment YAML file (or a file holding only that section). Errors
 * are one line: {@code FILE:LINE:COLUMN: key 'train.seed': what is wrong}.
 */
public final class TrainConfigLoader {
  private TrainConfigLoader() {}

  /** An experiment file seen through its train section only (the other sections are the pipeline's). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TrainSection(@JsonProperty(value = "train", required = true) TrainConfig train) {}

  public static TrainConfig load(Path file) throws IOException {
    try {
      ConfigFile f = ConfigFile.read(file);
      TrainConfig c;
      if (f.has("train")) {
        c = f.bind("train", TrainConfig.class, TrainSection.class).train();
      } else {
        f = f.asSection("train");
        c = f.bind("train", TrainConfig.class, TrainConfig.class);
      }
      try {
        return c.validate();
      } catch (ConfigValueException e) {
        throw f.problem(e.key(), e.problem());
      }
    } catch (ConfigFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
