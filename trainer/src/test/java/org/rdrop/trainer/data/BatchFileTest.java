package org.rdrop.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFileTest {
  @TempDir Path dir;

  private static final List<List<Example>> BATCHES =
      List.of(
          List.of(new Example(3, new int[] {4, 5, 2}, new int[] {6, 2})),
          List.of(
              new Example(0, new int[] {7, 2}, new int[] {8, 9, 10, 2}),
              new Example(12, new int[] {}, new int[] {11, 2})));

  @Test
  void roundTrips() throws IOException {
    Path f = dir.resolve("train.batches");
    BatchFile.write(f, BATCHES);
    assertThat(BatchFile.read(f)).isEqualTo(BATCHES);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("train.batches");
    }
  }

  @Test
  void truncatedFileNamesFileAndOffset() throws IOException {
    Path f = dir.resolve("train.batches");
    BatchFile.write(f, BATCHES);
    byte[] all = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(all, all.length - 12));
    assertThatThrownBy(() -> BatchFile.read(f))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("at byte");
  }

  @Test
  void badMagicIsRejected() throws IOException {
    Path f = dir.resolve("x.batches");
    Files.writeString(f, "hello, this is not a batch file");
    assertThatThrownBy(() -> BatchFile.read(f)).hasMessageContaining("bad magic");
  }

  @Test
  void corruptLengthIsRejectedNotAllocated() throws IOException {
    Path f = dir.resolve("train.batches");
    BatchFile.write(f, BATCHES);
    byte[] all = Files.readAllBytes(f);
    // First example's source length sits after magic(8) + batches(4) + examples(8) + size(4) + id(8).
    int at = 8 + 4 + 8 + 4 + 8;
    all[at] = 0x7f;
    Files.write(f, all);
    assertThatThrownBy(() -> BatchFile.read(f))
        .hasMessageContaining("invalid sequence length")
        .hasMessageContaining("at byte " + at);
  }

  @Test
  void batchOrderIsAFunctionOfSeedAndEpoch() {
    int[] e1 = BatchOrder.forEpoch(64, 1, 50);
    assertThat(BatchOrder.forEpoch(64, 1, 50)).isEqualTo(e1);
    assertThat(BatchOrder.forEpoch(64, 2, 50)).isNotEqualTo(e1);
    assertThat(BatchOrder.forEpoch(65, 1, 50)).isNotEqualTo(e1);
    assertThat(Arrays.stream(e1).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.range(0, 50).toArray());
  }
}
