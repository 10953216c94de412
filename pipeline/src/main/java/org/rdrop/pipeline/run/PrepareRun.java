package org.rdrop.pipeline.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.corpora.DatasetsHome;
import org.rdrop.format.CodeVersion;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.ConfigException;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments.Experiment;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.task.Tasks;
import org.rdrop.trainer.data.BatchFile;

/**
 * Runs preparation into a run directory and writes its manifest last, so a directory with a
 * {@code manifest.json} is a finished one. Refuses a non-empty directory that is not an rdrop run
 * ({@link RunDirectory}).
 */
public final class PrepareRun {
  private PrepareRun() {}

  /**
   * The corpus files {@code experiment} reads from {@code corpusDir}, each checked to exist: a missing one is an
   * error naming it and, for a dataset that is not committed, the command that builds it.
   */
  public static List<Path> requireCorpus(Experiment experiment, Path corpusDir) throws IOException {
    ExperimentConfig c = experiment.config();
    List<String> names = Tasks.of(c).preparation().corpusFiles(c);
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path f = corpusDir.resolve(name);
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + ": corpus file not found (experiment " + c.name() + " reads "
            + String.join(", ", names) + ")" + DatasetsHome.importHint(corpusDir));
      }
      files.add(f);
    }
    return files;
  }

  /** The identity of preparing {@code experiment} on the corpus in {@code corpusDir}. */
  public static RunManifest.Identity identity(Experiment experiment, Path corpusDir) throws IOException {
    ExperimentConfig c = experiment.config();
    List<RunManifest.Input> inputs = new ArrayList<>();
    for (Path f : requireCorpus(experiment, corpusDir)) {
      inputs.add(new RunManifest.Input(f.getFileName().toString(), Sha256.of(f), Files.size(f)));
    }
    String configSha = Sha256.of(ManifestJson.toJson(c));
    SortedMap<String, String> overrides = new TreeMap<>();
    RunManifest.Identity unhashed =
        new RunManifest.Identity("", configSha, CodeVersion.current(), inputs, overrides);
    Map<String, Object> hashed = new LinkedHashMap<>();
    hashed.put("config_sha256", configSha);
    hashed.put("code_version", unhashed.codeVersion());
    hashed.put("inputs", inputs);
    hashed.put("overrides", overrides);
    return new RunManifest.Identity(
        Sha256.of(ManifestJson.toJson(hashed)), configSha, unhashed.codeVersion(), inputs, overrides);
  }

  /**
   * Prepares the data of {@code experiment} in {@code runDir} and returns the manifest written there. The
   * run is prepared in a fresh directory beside {@code runDir} and renamed into place only when complete,
   * so a failure leaves {@code runDir} as it was (or absent) and nothing else behind; a previous run there
   * is replaced only when it is wholly rdrop's ({@link RunDirectory#requireReplaceable}).
   */
  public static RunManifest run(Experiment experiment, Path corpusDir, Path runDir, PipelineOptions options)
      throws IOException {
    requireOneRun(experiment);
    runDir = runDir.toAbsolutePath().normalize(); // as the layout's paths are (PrepareLayout)
    RunManifest.Identity identity = identity(experiment, corpusDir);
    requireNoEmptyFile(corpusDir, identity);
    try (RunLock lock = RunLock.acquire(runDir, "prepare")) { // nested when the command holds it already
      RunDirectory.requireReplaceable(runDir);
      Path staged = RunDirectory.stage(runDir);
      RunManifest manifest;
      try {
        manifest = prepareInto(experiment, corpusDir, staged, identity, options);
      } catch (IOException | RuntimeException e) {
        RunDirectory.discard(staged);
        throw e;
      }
      RunDirectory.commit(staged, runDir);
      return manifest;
    }
  }

  /** The preparation itself, into the fresh directory {@code runDir}, manifest last. */
  private static RunManifest prepareInto(Experiment experiment, Path corpusDir, Path runDir,
      RunManifest.Identity identity, PipelineOptions options) throws IOException {
    ExperimentConfig c = experiment.config();
    Files.createDirectories(RunDirectory.of(runDir).data().root());
    Preparation task = Tasks.of(c).preparation();
    Pipeline p = Pipeline.create(options);
    p.apply("Prepare", task.transform(c, corpusDir, runDir));
    p.run().waitUntilFinish();

    SortedMap<String, Long> statistics = readStatistics(RunDirectory.of(runDir).data().statistics());
    List<RunManifest.Artifact> artifacts = new ArrayList<>();
    for (PrepareLayout.Output o : task.outputs(c, runDir)) {
      artifacts.add(artifact(runDir, o));
    }
    artifacts.sort((a, b) -> a.path().compareTo(b.path()));
    requireExamplesInEverySplit(corpusDir, identity, artifacts);
    RunManifest manifest =
        new RunManifest(
            RunManifest.FORMAT,
            c.name(),
            identity,
            ManifestJson.MAPPER.valueToTree(c),
            RunManifest.inSequence(task.stages(c, statistics, runDir), identity.inputs()),
            artifacts);
    ManifestJson.write(RunDirectory.of(runDir).manifest(), manifest);
    return manifest;
  }

  /**
   * An empty corpus file would make an empty split, which training or evaluation only notices much later
   * (training: "valid.batches: no batches"); every split needs at least one line.
   */
  private static void requireNoEmptyFile(Path corpusDir, RunManifest.Identity identity) throws IOException {
    for (RunManifest.Input in : identity.inputs()) {
      if (in.bytes() == 0) {
        throw new IOException(corpusDir.resolve(in.name()) + ": empty; the " + splitOf(in.name())
            + " split needs at least one line");
      }
    }
  }

  /** A split that preparation emptied (cleaning, length limits) fails here, naming the corpus files it read. */
  private static void requireExamplesInEverySplit(Path corpusDir, RunManifest.Identity identity,
      List<RunManifest.Artifact> artifacts) throws IOException {
    for (String split : PrepareLayout.SPLITS) {
      String batches = RunDirectory.DATA + "/" + DataDirectory.batchesFile(split);
      boolean empty = artifacts.stream().anyMatch(a -> a.path().equals(batches) && a.records() == 0);
      if (empty) {
        List<String> files = identity.inputs().stream().map(RunManifest.Input::name)
            .filter(n -> splitOf(n).equals(split)).map(n -> corpusDir.resolve(n).toString()).toList();
        throw new IOException(String.join(", ", files) + ": no " + split + " example is left after preparation ("
            + batches + " would hold no batches)");
      }
    }
  }

  /** The split a corpus file belongs to: its name up to the first dot ({@code valid.en}, {@code valid.csv}). */
  private static String splitOf(String corpusFile) {
    int dot = corpusFile.indexOf('.');
    return dot < 0 ? corpusFile : corpusFile.substring(0, dot);
  }

  /** Reuses an identical finished preparation in {@code runDir}, or prepares; says which on {@code log}. */
  /** A seed set is many runs; only reproduce makes them ({@link SeedSets}), one seed's run at a time. */
  static void requireOneRun(Experiment experiment) {
    if (experiment.config().isSeedSet()) {
      throw new ConfigException(experiment.file() + ": experiment '" + experiment.config().name() + "' has seeds "
          + experiment.config().seeds() + ", a seed set: ./rdrop reproduce runs it (one run per seed, in seed-<s>/);"
          + " this command takes one run (an experiment without seeds, or ./rdrop reproduce --seeds S)");
    }
  }

  public static RunManifest reuseOrRun(
      Experiment experiment, Path corpusDir, Path runDir, PipelineOptions options, java.io.PrintStream log)
      throws IOException {
    requireOneRun(experiment);
    String unusable = whyNotReusable(runDir, identity(experiment, corpusDir));
    if (unusable == null) {
      log.println("prepare: already done in " + runDir + ", files unchanged");
      return ManifestJson.read(RunDirectory.of(runDir).manifest());
    }
    if (!unusable.isEmpty()) {
      log.println("prepare: " + unusable + "; preparing again");
    }
    long start = System.nanoTime();
    log.println("prepare: " + experiment.config().name() + " -> " + runDir);
    RunManifest m = run(experiment, corpusDir, runDir, options);
    log.printf(java.util.Locale.ROOT, "prepare: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return m;
  }

  /**
   * Null when {@code runDir} holds a finished preparation of this identity whose files are all unchanged,
   * so a rerun can reuse it; else why not: empty when there is no preparation there, the differing
   * identity or the first prepared file that no longer matches the manifest (damaged: it is named).
   */
  static String whyNotReusable(Path runDir, RunManifest.Identity identity) throws IOException {
    Path file = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(file)) {
      return "";
    }
    RunManifest m = ManifestJson.read(file);
    if (!m.identity().hash().equals(identity.hash())) {
      return runDir + " holds another preparation (identity " + m.identity().shortHash() + ", this is "
          + identity.shortHash() + ")";
    }
    for (RunManifest.Artifact a : m.artifacts()) {
      if (a.path().startsWith(RunDirectory.DATA + "/")) {
        Path f = runDir.resolve(a.path());
        if (!Files.isRegularFile(f)) {
          return f + " is missing (" + RunDirectory.MANIFEST + " lists it)";
        }
        String sha = Sha256.of(f);
        if (!sha.equals(a.sha256())) {
          return f + " differs from what " + file + " records (sha256 " + sha + ", recorded " + a.sha256() + ")";
        }
      }
    }
    return null;
  }

  private static RunManifest.Artifact artifact(Path runDir, PrepareLayout.Output o) throws IOException {
    if (!Files.isRegularFile(o.file())) {
      throw new IOException("preparation finished without writing " + o.file());
    }
    long records = o.kind() == PrepareLayout.Output.Kind.BATCHES
        ? BatchFile.read(o.file()).size() : RunArtifacts.lines(o.file());
    String rel = RunArtifacts.relative(runDir, o.file());
    return new RunManifest.Artifact(rel, Sha256.of(o.file()), Files.size(o.file()), records, o.stage());
  }

  static SortedMap<String, Long> readStatistics(Path file) throws IOException {
    SortedMap<String, Long> stats = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      stats.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
    }
    return stats;
  }
}
