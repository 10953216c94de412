package org.rdrop.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.PrepareRun;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The experiment a command works on, its corpus and its run directory. */
public final class ExperimentOptions {
  @Parameters(index = "0", defaultValue = Experiments.DEFAULT,
      description = "Experiment name or YAML file (default: ${DEFAULT-VALUE}).")
  String experiment;

  @Option(names = "--out", description = "Run directory (default: runs/<experiment>-<identity>).")
  Path out;

  @Option(names = "--data", description = "Corpus directory, overriding the experiment's data.corpus.")
  Path data;

  /** The experiment, its corpus and run directory, resolved. */
  record Resolved(Experiments.Experiment experiment, Path corpus, Path runDir) {}

  Resolved resolve() throws IOException {
    return resolve(null);
  }

  /** Resolved as a seed set of {@code seeds} (a {@code --seeds} list), or as the file says when null. */
  Resolved resolve(List<Long> seeds) throws IOException {
    Experiments.Experiment exp = Experiments.load(experiment);
    if (seeds != null) {
      exp = Experiments.withSeeds(exp, seeds);
    }
    Path corpus = exp.corpusDir(data);
    Path runDir = out != null ? out : defaultRunDir(exp, corpus);
    return new Resolved(exp, corpus, runDir);
  }

  /** {@code runs/<experiment>-<first 12 hex digits of the identity hash>}. */
  static Path defaultRunDir(Experiments.Experiment exp, Path corpus) throws IOException {
    String hash = PrepareRun.identity(exp, corpus).shortHash();
    return Path.of("runs", exp.config().name() + "-" + hash);
  }
}
