package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private long entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void writesAndReplacesWithoutLeavingTemporaryFiles() throws Exception {
    Path target = dir.resolve("train.en");
    AtomicFiles.write(target, "old\n".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "new\n".getBytes(StandardCharsets.UTF_8));
    assertThat(target).hasContent("new");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void failedWriteLeavesTheOldFileWhole() throws Exception {
    Path target = dir.resolve("train.en");
    AtomicFiles.write(target, "complete old content\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(target).hasContent("complete old content");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void createsMissingDirectories() throws Exception {
    Path target = dir.resolve("a/b/c.txt");
    AtomicFiles.write(target, new byte[] {'x'});
    assertThat(target).hasContent("x");
  }

  @Test
  void finishedFilesAreReadableByOthersLikeAnyOrdinaryFile() throws Exception {
    Path target = dir.resolve("curve.tsv");
    AtomicFiles.writeString(target, "x\n");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aLeftoverIsNamedAsTheTemporaryFileOfAWriteAndNothingElse() throws Exception {
    // The name a write's temporary file gets, observed from inside the write.
    Path[] seen = new Path[1];
    AtomicFiles.write(dir.resolve("model.params"), out -> {
      try (Stream<Path> s = Files.list(dir)) {
        seen[0] = s.filter(p -> !p.getFileName().toString().equals("model.params")).findFirst().orElseThrow();
      }
    });
    assertThat(AtomicFiles.isLeftover(seen[0])).as(seen[0].toString()).isTrue();
    for (String other : new String[] {"model.params", ".notes.tmp", ".x.tmp", "a.1.tmp", ".model.params.12a.tmp"}) {
      assertThat(AtomicFiles.isLeftover(Path.of(other))).as(other).isFalse();
    }
  }
}
