package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunArtifactsTest {
  @Test
  void aRelativeRunDirectoryAndAnAbsoluteFileNameTheSameArtifact() throws Exception {
    // `./rdrop reproduce` runs in runs/<experiment>-<id> (relative); files found through the manifest's
    // location come out absolute. Both must give the manifest's name.
    Path cwd = Path.of("").toAbsolutePath();
    Path relativeRun = Path.of("target", "run-artifacts-test");
    Files.createDirectories(relativeRun.resolve("rdrop"));
    Path absoluteFile = cwd.resolve(relativeRun).resolve("rdrop/model.params");
    Files.writeString(absoluteFile, "x");
    assertThat(RunArtifacts.relative(relativeRun, absoluteFile)).isEqualTo("rdrop/model.params");
    assertThat(RunArtifacts.relative(cwd.resolve(relativeRun), relativeRun.resolve("rdrop/./model.params")))
        .isEqualTo("rdrop/model.params");
    RunManifest.Artifact a = RunArtifacts.of(relativeRun, absoluteFile, "train-rdrop");
    assertThat(a.path()).isEqualTo("rdrop/model.params");
    RunManifest m = new RunManifest(RunManifest.FORMAT, "smoke", null, null, List.of(), List.of(a));
    RunArtifacts.requireUnchanged(relativeRun, relativeRun.resolve("manifest.json"), m, absoluteFile, "training", "");
  }

  @Test
  void aFileOutsideTheRunIsRefused() {
    assertThatThrownBy(() -> RunArtifacts.relative(Path.of("/runs/a"), Path.of("/runs/b/x")))
        .hasMessage("/runs/b/x is not inside the run directory /runs/a");
  }
}
