package org.rdrop.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.rdrop.trainer.config.ConfigFile;
import org.rdrop.trainer.config.ConfigFileException;

/**
 * A suite file ({@code experiments/suites/*.yaml}): experiments that {@code ./rdrop reproduce --suite NAME}
 * runs one after another, each as its file says (a seed set when it has {@code seeds}), with one summary.
 *
 * @param experiments built-in experiment names, or files relative to the suite file
 * @param seeds optional seeds per experiment (keyed as listed in {@code experiments}), overriding the
 *     experiment file's as {@code --seeds} does: the default reproduction stays one run while the suite
 *     runs the seed set
 */
public record Suite(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty(value = "experiments", required = true) List<String> experiments,
    @JsonProperty("seeds") Map<String, List<Long>> seeds) {

  public Suite {
    seeds = seeds == null ? Map.of() : Map.copyOf(seeds);
  }

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
    for (Map.Entry<String, List<Long>> e : s.seeds().entrySet()) {
      if (!s.experiments().contains(e.getKey())) {
        throw new ConfigException(f.problem("seeds", "names '" + e.getKey() + "', which experiments does not list "
            + s.experiments()).getMessage());
      }
      if (e.getValue() == null || e.getValue().isEmpty() || new HashSet<>(e.getValue()).size() != e.getValue().size()) {
        throw new ConfigException(f.problem("seeds", "'" + e.getKey() + "' needs one or more distinct seeds, got "
            + e.getValue()).getMessage());
      }
    }
    return new Loaded(s, file.toAbsolutePath().normalize());
  }

  /** A suite and the file it came from. */
  public record Loaded(Suite suite, Path file) {
    /**
     * Each experiment, loaded and checked (a built-in name, or a file relative to the suite file), with the
     * suite's seeds for it where it declares any.
     */
    public List<Experiments.Experiment> experiments() {
      return suite.experiments().stream().map(e -> {
        Experiments.Experiment exp = Experiments.loadFrom(e, file);
        List<Long> seeds = suite.seeds().get(e);
        if (seeds == null) {
          return exp;
        }
        try {
          return Experiments.withSeeds(exp, seeds);
        } catch (ConfigException bad) {
          throw new ConfigException(file + ": seeds of '" + e + "': " + bad.getMessage(), bad);
        }
      }).toList();
    }
  }
}
