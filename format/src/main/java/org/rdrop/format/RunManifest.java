package org.rdrop.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code manifest.json}: how a run directory was made, and a SHA-256 for each of its files. Written by the
 * pipeline and the trainer, read by the testkit ({@code ./rdrop check}, {@code ./rdrop verify}). The format
 * is documented in docs/run-directory.md; {@link #FORMAT} changes when a field changes meaning.
 *
 * @param format always {@link #FORMAT}
 * @param experiment the experiment's name
 * @param identity everything that can change a byte of the outputs, and its hash
 * @param config the experiment file as parsed (canonical JSON)
 * @param stages what each stage did, in pipeline order
 * @param artifacts every file of the run directory, sorted by path
 */
public record RunManifest(
    @JsonProperty("format") String format,
    @JsonProperty("experiment") String experiment,
    @JsonProperty("identity") Identity identity,
    @JsonProperty("config") JsonNode config,
    @JsonProperty("stages") List<Stage> stages,
    @JsonProperty("artifacts") List<Artifact> artifacts) {

  public static final String FORMAT = "rdrop-run-manifest/1";

  /**
   * This manifest with {@code stage} added (replacing a stage of the same name, and every artifact that
   * stage listed before) and its artifacts recorded; artifacts stay sorted by path.
   */
  /** This manifest without the stage {@code name} and the artifacts it listed (no change if absent). */
  public RunManifest withoutStage(String name) {
    java.util.Set<String> dropped = new java.util.HashSet<>();
    java.util.List<Stage> kept = new java.util.ArrayList<>();
    for (Stage s : stages) {
      if (s.name().equals(name)) {
        dropped.addAll(s.outputs());
      } else {
        kept.add(s);
      }
    }
    java.util.List<Artifact> keptArtifacts =
        artifacts.stream().filter(a -> !dropped.contains(a.path())).collect(java.util.stream.Collectors.toList());
    return new RunManifest(format, experiment, identity, config, kept, keptArtifacts);
  }

  public RunManifest withStage(Stage stage, List<Artifact> stageArtifacts) {
    java.util.List<Stage> newStages = new java.util.ArrayList<>();
    java.util.Set<String> dropped = new java.util.HashSet<>();
    for (Stage s : stages) {
      if (s.name().equals(stage.name())) {
        dropped.addAll(s.outputs());
      } else {
        newStages.add(s);
      }
    }
    newStages.add(stage);
    java.util.Set<String> replaced = new java.util.HashSet<>(dropped);
    stageArtifacts.forEach(a -> replaced.add(a.path()));
    java.util.List<Artifact> newArtifacts = new java.util.ArrayList<>();
    for (Artifact a : artifacts) {
      if (!replaced.contains(a.path())) {
        newArtifacts.add(a);
      }
    }
    newArtifacts.addAll(stageArtifacts);
    newArtifacts.sort(java.util.Comparator.comparing(Artifact::path));
    return new RunManifest(format, experiment, identity, config, newStages, newArtifacts);
  }

  /**
   * A run's identity. {@code hash} is the SHA-256 of the canonical JSON of the other fields, so equal
   * identities promise byte-identical outputs.
   */
  public record Identity(
      @JsonProperty("hash") String hash,
      @JsonProperty("config_sha256") String configSha256,
      @JsonProperty("code_version") String codeVersion,
      @JsonProperty("inputs") List<Input> inputs,
      @JsonProperty("overrides") SortedMap<String, String> overrides) {

    /** The first 12 hex digits, used in run directory names. */
    public String shortHash() {
      return hash.substring(0, 12);
    }
  }

  /** An input file read by the run (corpus files), with its hash. */
  public record Input(
      @JsonProperty("name") String name,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("bytes") long bytes) {}

  /**
   * One stage: its parameters, the statistics it counted (e.g. pairs filtered by each rule), and its link in
   * the manifest's chain (as in-toto's link metadata): the SHA-256 of each file it read ({@code materials}:
   * run files by path, corpus files as {@code input:<name>}) and wrote ({@code products}), and the SHA-256 of
   * the previous stage's record ({@code previous_sha256}; the identity hash for the first stage). A stage
   * declares its materials by path ({@link #reading}); {@link #chained} fills in every hash when the
   * manifest is written.
   */
  public record Stage(
      @JsonProperty("name") String name,
      @JsonProperty("parameters") SortedMap<String, Object> parameters,
      @JsonProperty("statistics") SortedMap<String, Long> statistics,
      @JsonProperty("outputs") List<String> outputs,
      @JsonProperty("materials") SortedMap<String, String> materials,
      @JsonProperty("products") SortedMap<String, String> products,
      @JsonProperty("previous_sha256") String previousSha256) {

    /** A material no artifact or corpus input of the run records (declared, but not made by a stage). */
    public static final String UNRECORDED = "unrecorded";

    public Stage {
      materials = materials == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(materials);
      products = products == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(products);
    }

    /** A stage not yet chained: no materials declared, products and link filled in when written. */
    public Stage(String name, SortedMap<String, Object> parameters, SortedMap<String, Long> statistics,
        List<String> outputs) {
      this(name, parameters, statistics, outputs, null, null, null);
    }

    /** This stage declaring that it read {@code paths} (run paths, or {@code input:<name>}). */
    public Stage reading(java.util.Collection<String> paths) {
      java.util.TreeMap<String, String> m = new java.util.TreeMap<>(materials);
      paths.forEach(p -> m.putIfAbsent(p, null));
      return new Stage(name, parameters, statistics, outputs, m, products, previousSha256);
    }
  }

  /**
   * Stages that ran one after another in one pipeline (preparation's steps): the first reads the corpus
   * inputs, each later one everything the stages before it wrote (a superset of what it reads).
   */
  public static List<Stage> inSequence(List<Stage> stages, List<Input> inputs) {
    List<Stage> out = new java.util.ArrayList<>();
    List<String> before = new java.util.ArrayList<>();
    for (Stage s : stages) {
      out.add(s.reading(before.isEmpty() ? inputs.stream().map(i -> INPUT_PREFIX + i.name()).toList() : before));
      before.addAll(s.outputs());
    }
    return out;
  }

  /** The prefix of corpus inputs among a stage's materials. */
  public static final String INPUT_PREFIX = "input:";

  /**
   * This manifest with every stage linked: a material's hash filled in where still unknown (from the
   * artifacts, or the identity's inputs), the products' hashes from the artifacts, and each record's
   * {@code previous_sha256}. Materials already hashed keep their hash: they say what the stage read
   * then, so a file produced again later shows as a changed material. Applied on every write.
   */
  public RunManifest chained() {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    artifacts.forEach(a -> known.put(a.path(), a.sha256()));
    identity.inputs().forEach(i -> known.put(INPUT_PREFIX + i.name(), i.sha256()));
    List<Stage> linked = new java.util.ArrayList<>();
    String previous = identity.hash();
    for (Stage s : stages) {
      java.util.TreeMap<String, String> materials = new java.util.TreeMap<>();
      s.materials().forEach((k, v) -> materials.put(k, v != null ? v : known.getOrDefault(k, Stage.UNRECORDED)));
      java.util.TreeMap<String, String> products = new java.util.TreeMap<>();
      s.outputs().forEach(o -> products.put(o, known.getOrDefault(o, Stage.UNRECORDED)));
      Stage l = new Stage(s.name(), s.parameters(), s.statistics(), s.outputs(), materials, products, previous);
      linked.add(l);
      previous = Sha256.of(ManifestJson.toJson(l));
    }
    return new RunManifest(format, experiment, identity, config, linked, artifacts);
  }

  /** One file of the run directory, path relative to it with '/' separators. */
  public record Artifact(
      @JsonProperty("path") String path,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("bytes") long bytes,
      @JsonProperty("records") long records,
      @JsonProperty("stage") String stage) {}
}
