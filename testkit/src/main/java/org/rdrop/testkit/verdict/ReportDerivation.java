package org.rdrop.testkit.verdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;

/**
 * Re-derives a run's evaluated files (the report, and the score tables it was drawn from) from the files that
 * precede them in the run directory, without training or decoding. The testkit has no evaluation code (no
 * Beam, no DJL), so the pipeline provides the implementation through {@link ServiceLoader}; {@code rdrop check}
 * compares what it returns with the files on disk.
 */
public interface ReportDerivation {
  /**
   * Each re-derivable file's content, by its path relative to {@code runDir} ('/' separators), e.g.
   * {@code report.json} and {@code baseline/bleu.test.tsv}. Fails naming the file that cannot be read.
   */
  SortedMap<String, String> derive(Path runDir) throws IOException;

  /** The implementation on the class path, if any (none when the testkit runs without the pipeline). */
  static Optional<ReportDerivation> find() {
    return ServiceLoader.load(ReportDerivation.class).findFirst();
  }
}
