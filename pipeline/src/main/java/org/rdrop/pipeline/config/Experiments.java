package org.rdrop.pipeline.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds, reads and checks experiment files: the built-in ones under {@code <rdrop home>/experiments/}. */
public final class Experiments {
  /** The default experiment of {@code ./rdrop reproduce}. */
  public static final String DEFAULT = "bible-en-es";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
                + " pass --data DIR with {train,valid,test}." + config.data().sourceLang() + "/."
                + config.data().targetLang() + " files");
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
  public static ExperimentConfig configOf(org.rdrop.testkit.format.RunManifest manifest, Path manifestFile)
      throws IOException {
    try {
      return org.rdrop.testkit.format.ManifestJson.MAPPER.treeToValue(manifest.config(), ExperimentConfig.class);
    } catch (IOException e) {
      throw new IOException(manifestFile + ": its config does not read as an experiment: " + e.getMessage(), e);
    }
  }

  /** Loads a built-in experiment by name, or any experiment file by path (anything ending in .yaml/.yml). */
  public static Experiment load(String nameOrPath) {
    Path file;
    if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")) {
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

  /** Reads and checks one experiment file. */
  public static Experiment parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read experiment file " + file + ": " + e, e);
    }
    ExperimentConfig config;
    try {
      config = YAML.readValue(text, ExperimentConfig.class);
    } catch (JsonMappingException e) {
      throw new ConfigException(file + ": " + describe(e), e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new ConfigException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (config == null) {
      throw new ConfigException(file + ": empty experiment file");
    }
    List<String> problems = ExperimentChecks.problems(config);
    if (!problems.isEmpty()) {
      throw new ConfigException(file + ": " + String.join("; ", problems));
    }
    return new Experiment(config, file.toAbsolutePath().normalize(), text);
  }

  private static String describe(JsonMappingException e) {
    String field =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      }
      known.sort(null);
      return where + "unknown field '" + field + "' (known here: " + String.join(", ", known) + ")";
    }
    String msg = e.getOriginalMessage();
    int cut = msg.indexOf(" (for ");
    return where + "field '" + field + "': " + (cut > 0 ? msg.substring(0, cut) : msg);
  }
}
