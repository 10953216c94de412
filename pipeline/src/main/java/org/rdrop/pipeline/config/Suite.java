package org.rdrop.pipeline.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.rdrop.trainer.config.ConfigFile;
import org.rdrop.trainer.config.ConfigFileException;

/**
 * A suite file ({@code experiments/suites/*.yaml}): experiments that {@code ./rdrop reproduce --suite NAME}
 * runs one after another, each as its file says (a seed set when it has {@code seeds}), with one summary.
 *
 * @param experiments built-in experiment names, or files relative to the suite file
 */
public record Suite(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty(value = "experiments", required = true) List<String> experiments) {

  /** Where built-in suites live, under the rdrop home. */
  public static final String DIRECTORY = "experiments/suites";

  /** A suite file by built-in name or by path (anything ending in .yaml/.yml or holding a '/'). */
  public static Loaded load(String nameOrPath) {
    Path file = Experiments.builtInOrPath(nameOrPath, DIRECTORY, "suite");
    ConfigFile f;
    Suite s;
    try {
      f = ConfigFile.read(file);
      s = f.bind(Suite.class);
    } catch (ConfigFileException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    if (!s.name().matches("[a-z0-9][a-z0-9-]*")) {
      throw new ConfigException(f.problem("name", "must be lowercase letters, digits and '-', got " + s.name()).getMessage());
    }
    if (s.experiments().isEmpty()) {
      throw new ConfigException(f.problem("experiments", "must list at least one experiment").getMessage());
    }
    if (new HashSet<>(s.experiments()).size() != s.experiments().size()) {
      throw new ConfigException(f.problem("experiments", "lists an experiment twice: " + s.experiments()).getMessage());
    }
    return new Loaded(s, file.toAbsolutePath().normalize());
  }

  /** A suite and the file it came from. */
  public record Loaded(Suite suite, Path file) {
    /** Each experiment, loaded and checked: a built-in name, or a file relative to the suite file. */
    public List<Experiments.Experiment> experiments() {
      return suite.experiments().stream().map(e -> Experiments.loadFrom(e, file)).toList();
    }
  }
}
