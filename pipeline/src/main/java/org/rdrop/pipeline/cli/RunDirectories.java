package org.rdrop.pipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareRun;

/** Default run directories: {@code runs/<experiment>-<first 12 hex digits of the identity hash>}. */
final class RunDirectories {
  private RunDirectories() {}

  static Path defaultFor(Experiments.Experiment exp, Path corpus) throws IOException {
    String hash = PrepareRun.identity(exp, corpus).shortHash();
    return Path.of("runs", exp.config().name() + "-" + hash);
  }
}
