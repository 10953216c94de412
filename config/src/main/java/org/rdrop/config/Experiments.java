package org.rdrop.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rdrop.trainer.config.ConfigFile;
import org.rdrop.trainer.config.ConfigFileException;
import org.rdrop.trainer.config.ConfigValueException;

/** Finds, reads and checks experiment files: the built-in ones under {@code <rdrop home>/experiments/}. */
public final class Experiments {
  /** The default experiment of {@code ./rdrop reproduce}. */
  public static final String DEFAULT = "bible-en-es";

  private Experiments() {}

  /** An experiment file, parsed and checked, with its text kept for the run manifest. */
  public record Experiment(ExperimentConfig config, Path file, String text) {
    /** The corpus directory: the override when given, else the file's own {@code data.corpus}. */
    public Path corpusDir(Path override) {
      if (override != null) {
        return override.toAbsolutePath().normalize();
      }
      if (config.data().corpus() == null) {
        throw new ConfigException(
            file + ": experiment '" + config.name() + "' reads a user-supplied corpus (data.corpus is null):"
                + " pass --data DIR with {train,valid,test}." + PairSides.of(config).source() + "/."
                + PairSides.of(config).target() + " files");
      }
      return file.toAbsolutePath().getParent().resolve(config.data().corpus()).normalize();
    }
  }

  /** The rdrop home: {@code -Drdrop.home}, {@code $RDROP_HOME}, or the nearest parent holding experiments/. */
  public static Path home() {
    String configured = System.getProperty("rdrop.home", System.getenv("RDROP_HOME"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("experiments")) && Files.isDirectory(p.resolve("datasets"))) {
        return p;
      }
    }
    throw new ConfigException(
        "cannot find the rdrop home (a folder with experiments/ and datasets/): set RDROP_HOME");
  }

  /** Names of the built-in experiments, sorted. */
  public static List<String> builtIn() {
    try (Stream<Path> files = Files.list(home().resolve("experiments"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new ConfigException("cannot list " + home().resolve("experiments") + ": " + e.getMessage(), e);
    }
  }

  /** The experiment a run's manifest records (its {@code config}); errors name the manifest file. */
  public static ExperimentConfig configOf(org.rdrop.format.RunManifest manifest, Path manifestFile)
      throws IOException {
    try {
      return org.rdrop.format.ManifestJson.MAPPER.treeToValue(manifest.config(), ExperimentConfig.class);
    } catch (IOException e) {
      throw new IOException(manifestFile + ": its config does not read as an experiment: " + e.getMessage(), e);
    }
  }

  /**
   * {@code experiment} as a seed set of {@code seeds} (a {@code --seeds} override), checked as a file would
   * be; a bad list is an error naming {@code --seeds}.
   */
  public static Experiment withSeeds(Experiment experiment, List<Long> seeds) {
    if (seeds.isEmpty()) {
      throw new ConfigException("--seeds: give at least one seed");
    }
    ExperimentConfig c = experiment.config().withSeeds(seeds);
    List<ConfigFile.Problem> problems = ExperimentChecks.problems(c);
    if (!problems.isEmpty()) {
      throw new ConfigException("--seeds " + seeds + ": " + problems.get(0).key() + ": " + problems.get(0).what());
    }
    return new Experiment(c, experiment.file(), experiment.text());
  }

  /**
   * A built-in file by name ({@code <rdrop home>/<directory>/<name>.yaml}) or any file by path (anything ending
   * in .yaml/.yml or holding a '/'): how suites and studies are named. {@code kind} names it in the error.
   */
  static Path builtInOrPath(String nameOrPath, String directory, String kind) {
    if (isPath(nameOrPath)) {
      return Path.of(nameOrPath);
    }
    Path file = home().resolve(directory).resolve(nameOrPath + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("unknown " + kind + " '" + nameOrPath + "': no " + directory + "/" + nameOrPath + ".yaml");
    }
    return file;
  }

  /** An experiment named in another file: a built-in name, or a path relative to that file. */
  static Experiment loadFrom(String nameOrPath, Path namingFile) {
    return isPath(nameOrPath) ? parse(namingFile.getParent().resolve(nameOrPath)) : load(nameOrPath);
  }

  private static boolean isPath(String nameOrPath) {
    return nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/");
  }

  /** Loads a built-in experiment by name, or any experiment file by path (anything ending in .yaml/.yml). */
  public static Experiment load(String nameOrPath) {
    Path file;
    if (isPath(nameOrPath)) {
      file = Path.of(nameOrPath);
    } else {
      file = home().resolve("experiments").resolve(nameOrPath + ".yaml");
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(
            "unknown experiment '" + nameOrPath + "'; built-in: " + String.join(", ", builtIn()));
      }
    }
    return parse(file);
  }

  /**
   * Reads and checks one experiment file. Every problem is one line naming the file, the key's line and
   * column, and the key: {@code FILE:LINE:COLUMN: key 'train.seed': what is wrong}.
   */
  public static Experiment parse(Path file) {
    ConfigFile f;
    ExperimentConfig config;
    try {
      f = ConfigFile.read(file);
      config = f.bind(ExperimentConfig.class);
    } catch (ConfigFileException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    List<ConfigFile.Problem> problems = ExperimentChecks.problems(config);
    if (problems.isEmpty()) {
      try {
        config.train().validate(); // what the trainer will demand, said now rather than after preparation
      } catch (ConfigValueException e) {
        problems = List.of(new ConfigFile.Problem(e.key(), e.problem()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(f.firstProblem(problems).getMessage());
    }
    return new Experiment(config, file.toAbsolutePath().normalize(), f.text());
  }
}
