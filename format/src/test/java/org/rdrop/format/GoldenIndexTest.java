package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenIndexTest {
  @TempDir Path root;

  // sha256sum of "abc" and of "hello\n", from the shell.
  static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  static final String HELLO = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

  @Test
  void recordsInSha256sumFormatSortedAndWithoutReadmes() throws Exception {
    Files.createDirectories(root.resolve("paper"));
    Files.createDirectories(root.resolve("smoke/rdrop"));
    Files.writeString(root.resolve("smoke/rdrop/curve.tsv"), "hello\n");
    Files.writeString(root.resolve("paper/published.json"), "abc");
    Files.writeString(root.resolve("README.md"), "docs");
    Files.writeString(root.resolve("smoke/README.md"), "docs");
    assertThat(GoldenIndex.record(root, "")).containsExactly("paper/published.json", "smoke/rdrop/curve.tsv");
    assertThat(Files.readString(root.resolve("SHA256SUMS")))
        .isEqualTo(ABC + "  paper/published.json\n" + HELLO + "  smoke/rdrop/curve.tsv\n");
    assertThat(GoldenIndex.verify(root, "")).isEmpty();
  }

  @Test
  void detectsEditedMissingAndUnlistedFiles() throws Exception {
    Files.createDirectories(root.resolve("a/b"));
    Files.writeString(root.resolve("a/b/x"), "abc");
    Files.writeString(root.resolve("a/b/y"), "abc");
    GoldenIndex.record(root, "");
    Files.writeString(root.resolve("a/b/x"), "abd");
    Files.delete(root.resolve("a/b/y"));
    Files.writeString(root.resolve("a/b/z"), "new");
    assertThat(GoldenIndex.verify(root, ""))
        .extracting(GoldenIndex.Problem::path, GoldenIndex.Problem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a/b/x", GoldenIndex.Problem.Kind.MODIFIED),
            org.assertj.core.groups.Tuple.tuple("a/b/y", GoldenIndex.Problem.Kind.MISSING),
            org.assertj.core.groups.Tuple.tuple("a/b/z", GoldenIndex.Problem.Kind.UNLISTED));
    assertThat(GoldenIndex.verify(root, "a/b/x").get(0).detail()).contains("edited without an update?");
  }

  @Test
  void recordingOneGoldenNeverBlessesAnEditElsewhere() throws Exception {
    Files.createDirectories(root.resolve("one"));
    Files.createDirectories(root.resolve("two"));
    Files.writeString(root.resolve("one/f"), "abc");
    Files.writeString(root.resolve("two/f"), "abc");
    GoldenIndex.record(root, "");
    Files.writeString(root.resolve("one/f"), "hello\n");
    Files.writeString(root.resolve("two/f"), "tampered");
    assertThat(GoldenIndex.record(root, "one/")).containsExactly("one/f");
    assertThat(GoldenIndex.verify(root, "one/")).isEmpty();
    assertThat(GoldenIndex.verify(root, "two/")).extracting(GoldenIndex.Problem::kind)
        .containsExactly(GoldenIndex.Problem.Kind.MODIFIED);
  }
}
