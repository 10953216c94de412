package org.rdrop.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.format.ManifestJson;
import org.rdrop.trainer.config.ConfigFile;
import org.rdrop.trainer.config.ConfigFileException;
import org.rdrop.trainer.config.ConfigValueException;

/**
 * A study file ({@code experiments/studies/*.yaml}): a grid of variants of one experiment, each a normal run,
 * and the paper's claim about the grid's shape ({@code ./rdrop study NAME}). A variant is the experiment
 * with {@code settings} (dotted keys as in the experiment file, {@code .N} for a list's element) and one value
 * of each axis set; nothing else changes, so every variant is as reproducible as the experiment.
 *
 * @param settings set in every variant before the axes (e.g. the per-pass dropout list the grid varies)
 * @param rows the first axis; {@code columns} the second of a two-dimensional grid, or null
 * @param metric the report's metric row whose R-Drop score fills the table (e.g. {@code accuracy})
 * @param best the claim: the cell the paper finds best (one value per axis), with its source; null if none
 */
public record Study(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "description", required = true) String description,
    @JsonProperty(value = "experiment", required = true) String experiment,
    @JsonProperty(value = "settings") Map<String, JsonNode> settings,
    @JsonProperty(value = "rows", required = true) Axis rows,
    @JsonProperty(value = "columns") Axis columns,
    @JsonProperty(value = "metric", required = true) String metric,
    @JsonProperty(value = "best") Claim best) {

  /** Where built-in studies live, under the rdrop home. */
  public static final String DIRECTORY = "experiments/studies";

  /**
   * One axis: the key it sets, a short label (names the variants: {@code <label>-<value>}) and its values.
   */
  public record Axis(
      @JsonProperty(value = "key", required = true) String key,
      @JsonProperty(value = "label", required = true) String label,
      @JsonProperty(value = "values", required = true) List<JsonNode> values) {}

  /** The paper's best cell (one value per axis, in axis order) and where the paper says so. */
  public record Claim(
      @JsonProperty(value = "cell", required = true) List<JsonNode> cell,
      @JsonProperty(value = "source", required = true) String source) {}

  /** A variant: its name (its run directory's), its value on each axis, and its experiment. */
  public record Variant(String name, List<JsonNode> cell, Experiments.Experiment experiment) {}

  /** A study file by built-in name or by path (anything ending in .yaml/.yml or holding a '/'). */
  public static Loaded load(String nameOrPath) {
    Path file = Experiments.builtInOrPath(nameOrPath, DIRECTORY, "study");
    ConfigFile f;
    Study s;
    try {
      f = ConfigFile.read(file);
      s = f.bind(Study.class);
    } catch (ConfigFileException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    List<ConfigFile.Problem> problems = new ArrayList<>();
    if (!s.name().matches("[a-z0-9][a-z0-9-]*")) {
      problems.add(new ConfigFile.Problem("name", "must be lowercase letters, digits and '-', got " + s.name()));
    }
    for (String axis : List.of("rows", "columns")) {
      Axis a = axis.equals("rows") ? s.rows() : s.columns();
      if (a == null) {
        continue;
      }
      if (!a.label().matches("[a-z0-9][a-z0-9._]*")) {
        problems.add(new ConfigFile.Problem(axis + ".label", "must be lowercase letters, digits, '.' and '_'"));
      }
      if (a.values().isEmpty() || !a.values().stream().allMatch(JsonNode::isValueNode)) {
        problems.add(new ConfigFile.Problem(axis + ".values", "must be a non-empty list of plain values"));
      }
      if (a.values().stream().distinct().count() != a.values().size()) {
        problems.add(new ConfigFile.Problem(axis + ".values", "lists a value twice: " + a.values()));
      }
    }
    int axes = s.columns() == null ? 1 : 2;
    if (s.best() != null && s.best().cell().size() != axes) {
      problems.add(new ConfigFile.Problem("best.cell", "must hold one value per axis (" + axes + ")"));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(f.firstProblem(problems).getMessage());
    }
    return new Loaded(s, file.toAbsolutePath().normalize());
  }

  /** A study and the file it came from. */
  public record Loaded(Study study, Path file) {
    /** The base experiment: a built-in name, or a file relative to the study file. */
    public Experiments.Experiment base() {
      return Experiments.loadFrom(study.experiment(), file);
    }

    /** Every cell of the grid as a checked experiment, rows outer, columns inner. */
    public List<Variant> variants() {
      Experiments.Experiment base = base();
      List<Variant> out = new ArrayList<>();
      List<JsonNode> cols = study.columns() == null ? java.util.Collections.singletonList(null) : study.columns().values();
      for (JsonNode r : study.rows().values()) {
        for (JsonNode c : cols) {
          Map<String, JsonNode> set = new LinkedHashMap<>();
          if (study.settings() != null) {
            set.putAll(study.settings());
          }
          set.put(study.rows().key(), r);
          String name = study.rows().label() + "-" + text(r);
          List<JsonNode> cell = new ArrayList<>(List.of(r));
          if (c != null) {
            set.put(study.columns().key(), c);
            name += "_" + study.columns().label() + "-" + text(c);
            cell.add(c);
          }
          out.add(new Variant(name, cell, apply(base, set, file + ": variant " + name)));
        }
      }
      return out;
    }
  }

  /** A value as it appears in a variant's name. */
  static String text(JsonNode v) {
    return v.isTextual() ? v.asText() : v.toString();
  }

  /**
   * {@code base} with each dotted key set, checked as an experiment file is; an unknown key or a value the
   * experiment refuses is an error naming {@code where} and the key.
   */
  static Experiments.Experiment apply(Experiments.Experiment base, Map<String, JsonNode> settings, String where) {
    ObjectNode tree = ManifestJson.MAPPER.valueToTree(base.config());
    for (Map.Entry<String, JsonNode> s : settings.entrySet()) {
      set(tree, s.getKey(), s.getValue(), where);
    }
    ExperimentConfig c;
    try {
      c = ManifestJson.MAPPER.treeToValue(tree, ExperimentConfig.class);
    } catch (java.io.IOException e) {
      throw new ConfigException(where + ": the settings " + settings.keySet() + " do not make an experiment: "
          + e.getMessage(), e);
    }
    List<ConfigFile.Problem> problems = ExperimentChecks.problems(c);
    if (problems.isEmpty()) {
      try {
        c.train().validate();
      } catch (ConfigValueException e) {
        problems = List.of(new ConfigFile.Problem(e.key(), e.problem()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(where + ": key '" + problems.get(0).key() + "': " + problems.get(0).what());
    }
    return new Experiments.Experiment(c, base.file(), base.text());
  }

  private static void set(ObjectNode tree, String key, JsonNode value, String where) {
    String[] parts = key.split("\\.");
    JsonNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = child(node, parts[i]);
      if (node == null || !(node.isObject() || node.isArray())) {
        throw new ConfigException(where + ": key '" + key + "': the experiment has no '"
            + String.join(".", java.util.Arrays.copyOf(parts, i + 1)) + "' to set it in");
      }
    }
    String last = parts[parts.length - 1];
    if (node instanceof ObjectNode o && o.has(last)) {
      o.set(last, value);
    } else if (node instanceof ArrayNode a && last.matches("[0-9]+") && Integer.parseInt(last) < a.size()) {
      a.set(Integer.parseInt(last), value);
    } else {
      throw new ConfigException(where + ": key '" + key + "': no such key in the experiment");
    }
  }

  private static JsonNode child(JsonNode node, String part) {
    if (node.isArray()) {
      return part.matches("[0-9]+") ? node.get(Integer.parseInt(part)) : null;
    }
    return node.get(part);
  }
}
