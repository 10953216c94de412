package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.RunMarker;
import org.rdrop.format.Sha256;

/** Which directories rdrop may write into or replace, and deletion that never follows a link. */
class RunDirectoryTest {
  @TempDir Path tmp;

  @Test
  void missingAndEmptyDirectoriesMayBeWrittenAndReplaced() throws IOException {
    RunDirectory.requireWritable(tmp.resolve("absent"));
    RunDirectory.requireReplaceable(tmp.resolve("absent"));
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    RunDirectory.requireWritable(empty);
    RunDirectory.requireReplaceable(empty);
    assertThat(tmp.resolve("absent")).doesNotExist();
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void aDirectoryWithoutMarkerOrManifestIsRefusedAndUntouched() throws IOException {
    // The example: mkdir -p X/data X/baseline; echo k > X/data/important.csv
    Path x = tmp.resolve("X");
    Files.createDirectories(x.resolve("data"));
    Files.createDirectories(x.resolve("baseline"));
    Files.writeString(x.resolve("data/important.csv"), "k\n");
    Map<String, String> before = tree(x);
    for (ThrowingCheck check : List.<ThrowingCheck>of(RunDirectory::requireWritable, RunDirectory::requireReplaceable)) {
      assertThatThrownBy(() -> check.run(x))
          .isInstanceOf(IOException.class)
          .hasMessage(x + ": not an rdrop run directory (no .rdrop-run); refusing to write into it");
    }
    assertThat(tree(x)).isEqualTo(before);
  }

  @Test
  void openingAMarkedRunForWritingRemovesTheTemporaryFilesOfKilledWritesAndNothingElse() throws IOException {
    Path run = tmp.resolve("run");
    Files.createDirectories(run.resolve("rdrop/checkpoints"));
    RunMarker.write(run);
    Files.writeString(run.resolve(".manifest.json.8137713490613411523.tmp"), "{\"form");
    Files.writeString(run.resolve("rdrop/checkpoints/.checkpoint-000000006.ckpt.42.tmp"), "RDC");
    Files.writeString(run.resolve("rdrop/.notes.tmp"), "not the name of an rdrop write");
    Files.writeString(run.resolve("rdrop/curve.tsv.partial"), "step\n");
    java.io.ByteArrayOutputStream notes = new java.io.ByteArrayOutputStream();
    try (RunLock lock = RunDirectory.openForWriting(run, "train", new java.io.PrintStream(notes, true))) {
      assertThat(tree(run).entrySet().stream().filter(e -> !e.getValue().equals("<dir>")).map(Map.Entry::getKey))
          .containsExactlyInAnyOrder(RunMarker.FILE, "rdrop/.notes.tmp",
          "rdrop/curve.tsv.partial");
    }
    assertThat(notes.toString()).isEqualTo("rdrop train: removed 2 temporary file(s) of writes that a killed process"
        + " left unfinished in " + run + "\n");

    // Without the marker nothing is touched (and the directory is refused).
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve(".a.1.tmp"), "x");
    assertThatThrownBy(() -> RunDirectory.openForWriting(foreign, "train", System.err)).isInstanceOf(IOException.class);
    assertThat(foreign.resolve(".a.1.tmp")).exists();
  }

  @Test
  void stagingRemovesAStagedDirectoryKilledBeforeItsMarkerWasInPlaceButNoOtherUnmarkedOne() throws IOException {
    Path run = tmp.resolve("run");
    Path killedEarly = Files.createDirectory(tmp.resolve(".run.tmp-101"));
    // AtomicFiles' temporary name for .rdrop-run: "." + name + "." + digits + ".tmp"
    Files.writeString(killedEarly.resolve("..rdrop-run.5577006791947779410.tmp"), "{");
    Path someoneElses = Files.createDirectory(tmp.resolve(".run.tmp-103"));
    Files.writeString(someoneElses.resolve("notes.txt"), "mine");
    Files.writeString(someoneElses.resolve("..rdrop-run.1.tmp"), "{");
    Path staged = RunDirectory.stage(run);
    assertThat(killedEarly).doesNotExist();
    assertThat(someoneElses.resolve("notes.txt")).hasContent("mine");
    RunDirectory.discard(staged);
  }

  @Test
  void aPreMarkerRunThatIsWhollyRdropsIsAdoptedAndMarked() throws IOException {
    Path run = legacyRun(tmp.resolve("old"));
    RunDirectory.requireWritable(run);
    assertThat(RunMarker.isPresent(run)).isTrue();
    assertThat(RunMarker.read(run).format()).isEqualTo(RunMarker.FORMAT);
    RunDirectory.requireReplaceable(run);
  }

  @Test
  void aPreMarkerRunWithAFileRdropDidNotWriteIsRefused() throws IOException {
    Path inData = legacyRun(tmp.resolve("a"));
    Files.writeString(inData.resolve("data/important.csv"), "k\n");
    assertThatThrownBy(() -> RunDirectory.requireWritable(inData))
        .hasMessage(inData + ": not an rdrop run directory (no .rdrop-run, and " + inData.resolve("data/important.csv")
            + " is not listed in manifest.json); refusing to write into it");
    Path atTop = legacyRun(tmp.resolve("b"));
    Files.writeString(atTop.resolve("thesis.tex"), "precious");
    assertThatThrownBy(() -> RunDirectory.requireReplaceable(atTop))
        .hasMessageContaining(atTop.resolve("thesis.tex") + " is not a file rdrop writes");
    Path notAManifest = Files.createDirectories(tmp.resolve("c"));
    Files.writeString(notAManifest.resolve("manifest.json"), "{\"hello\": 1}\n");
    assertThatThrownBy(() -> RunDirectory.requireWritable(notAManifest))
        .hasMessageStartingWith(notAManifest + ": not an rdrop run directory (no .rdrop-run, and "
            + notAManifest.resolve("manifest.json") + ": ");
    for (Path p : List.of(inData, atTop, notAManifest)) {
      assertThat(RunMarker.isPresent(p)).as(p.toString()).isFalse();
    }
  }

  @Test
  void aMarkedRunWhoseDataIsALinkIsNotReplacedAndTheTargetIsUntouched() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("important.csv"), "k\n");
    Path run = Files.createDirectories(tmp.resolve("run"));
    RunMarker.write(run);
    Files.createSymbolicLink(run.resolve("data"), elsewhere);
    assertThatThrownBy(() -> RunDirectory.requireReplaceable(run))
        .hasMessage(run.resolve("data") + " is a symbolic link, which rdrop never makes");
    assertThat(elsewhere.resolve("important.csv")).hasContent("k");
  }

  @Test
  void deletingATreeRemovesLinksNotTheirTargets() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("target"));
    Files.writeString(target.resolve("keep.txt"), "keep");
    Path targetFile = Files.writeString(tmp.resolve("keep-file.txt"), "keep");
    Path tree = Files.createDirectories(tmp.resolve("tree/sub"));
    Files.writeString(tree.resolve("mine.txt"), "mine");
    Files.createSymbolicLink(tree.resolve("dir-link"), target);
    Files.createSymbolicLink(tree.resolve("file-link"), targetFile);
    RunDirectory.deleteTree(tmp.resolve("tree"));
    assertThat(tmp.resolve("tree")).doesNotExist();
    assertThat(target.resolve("keep.txt")).hasContent("keep");
    assertThat(targetFile).hasContent("keep");
    // A link given as the tree itself goes; its target stays.
    Path topLink = Files.createSymbolicLink(tmp.resolve("top-link"), target);
    RunDirectory.deleteTree(topLink);
    assertThat(Files.exists(topLink, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(target.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void aStagedRunReplacesThePreviousOneOnlyAtCommit() throws IOException {
    Path run = Files.createDirectories(tmp.resolve("runs/r"));
    RunMarker.write(run);
    Files.writeString(run.resolve("manifest.json"), "old");
    Path staged = RunDirectory.stage(run);
    assertThat(staged.getParent()).isEqualTo(run.toAbsolutePath().getParent());
    assertThat(staged.getFileName().toString()).isEqualTo(".r.tmp-" + ProcessHandle.current().pid());
    assertThat(RunMarker.isPresent(staged)).isTrue();
    Files.writeString(staged.resolve("manifest.json"), "new");
    assertThat(run.resolve("manifest.json")).hasContent("old");
    RunDirectory.commit(staged, run);
    assertThat(run.resolve("manifest.json")).hasContent("new");
    assertThat(RunMarker.isPresent(run)).isTrue();
    assertThat(names(tmp.resolve("runs"))).containsExactly("r");
  }

  @Test
  void leftoversOfAKilledPreparationAreRemovedByTheNextOne() throws IOException {
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Path killed = Files.createDirectories(runs.resolve(".r.tmp-999999"));
    RunMarker.write(killed);
    Path notOurs = Files.createDirectories(runs.resolve(".r.tmp-999998")); // no marker: not rdrop's
    Path staged = RunDirectory.stage(runs.resolve("r"));
    RunDirectory.discard(staged);
    assertThat(names(runs)).containsExactly(notOurs.getFileName().toString());
  }

  /** A run directory as rdrop wrote it before the marker: manifest.json listing data/ and a trained method. */
  static Path legacyRun(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(dir.resolve("baseline/checkpoints"));
    Path dict = Files.writeString(dir.resolve("data/dict.txt"), "a 1\n");
    Files.writeString(dir.resolve("baseline/curve.tsv"), "step\tloss\n");
    Files.writeString(dir.resolve("baseline/checkpoints/checkpoint-000000001.ckpt"), "c");
    Files.writeString(dir.resolve("report.md"), "# report\n");
    RunManifest m = new RunManifest(RunManifest.FORMAT, "smoke",
        new RunManifest.Identity("ab", "cd", "dev", List.of(), new TreeMap<>()), ManifestJson.MAPPER.createObjectNode(),
        List.of(), List.of(new RunManifest.Artifact("data/dict.txt", Sha256.of(dict), Files.size(dict), 1, "vocab")));
    ManifestJson.write(dir.resolve("manifest.json"), m);
    return dir;
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
      }
    }
    return m;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @FunctionalInterface
  interface ThrowingCheck {
    void run(Path dir) throws IOException;
  }
}
