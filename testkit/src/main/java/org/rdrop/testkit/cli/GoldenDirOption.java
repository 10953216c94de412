package org.rdrop.testkit.cli;

import java.nio.file.Path;
import org.rdrop.testkit.compare.GoldenStore;
import picocli.CommandLine.Option;

/** {@code --golden-dir DIR}: which golden folder a command uses. */
public final class GoldenDirOption {
  @Option(names = "--golden-dir", paramLabel = "DIR",
      description = "Golden folder (default: golden/ of the rdrop checkout, or -Dgolden.dir).")
  Path dir;

  GoldenStore store() {
    return dir != null ? new GoldenStore(dir) : GoldenStore.locate();
  }
}
