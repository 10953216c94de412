package org.rdrop.testkit.format;

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

  /** One stage: its parameters and the statistics it counted (e.g. pairs filtered by each rule). */
  public record Stage(
      @JsonProperty("name") String name,
      @JsonProperty("parameters") SortedMap<String, Object> parameters,
      @JsonProperty("statistics") SortedMap<String, Long> statistics,
      @JsonProperty("outputs") List<String> outputs) {}

  /** One file of the run directory, path relative to it with '/' separators. */
  public record Artifact(
      @JsonProperty("path") String path,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("bytes") long bytes,
      @JsonProperty("records") long records,
      @JsonProperty("stage") String stage) {}
}
