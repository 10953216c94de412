package org.rdrop.trainer.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
  @TempDir Path dir;

  static Checkpoint sample(long updates) {
    LinkedHashMap<String, float[]> params = new LinkedHashMap<>();
    LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
    params.put("b", new float[] {1.5f, -0f, Float.MIN_VALUE});
    shapes.put("b", new long[] {3});
    params.put("a", new float[] {1, 2, 3, 4});
    shapes.put("a", new long[] {2, 2});
    return new Checkpoint("id", updates, 2, 7, 1234, 56, params, shapes, updates,
        List.of(new float[] {0.1f, 0.2f, 0.3f}, new float[] {1, 1, 1, 1}),
        List.of(new float[] {0.01f, 0.02f, 0.03f}, new float[] {2, 2, 2, 2}));
  }

  @Test
  void roundTripsExactlyAndKeepsTheNewestTwo() throws IOException {
    CheckpointStore store = new CheckpointStore(dir.resolve("ck"));
    for (long u : new long[] {10, 20, 30}) {
      store.write(sample(u));
    }
    assertThat(store.listUpdates()).containsExactly(20L, 30L);
    Checkpoint c = store.latest().orElseThrow();
    Checkpoint s = sample(30);
    assertThat(c.updates()).isEqualTo(30);
    assertThat(c.epoch()).isEqualTo(2);
    assertThat(c.batchInEpoch()).isEqualTo(7);
    assertThat(c.curveBytes()).isEqualTo(1234);
    assertThat(c.validBytes()).isEqualTo(56);
    assertThat(c.params().keySet()).containsExactly("b", "a");
    assertThat(c.params().get("b")).isEqualTo(s.params().get("b"));
    assertThat(Float.floatToRawIntBits(c.params().get("b")[1])).isEqualTo(Float.floatToRawIntBits(-0f));
    assertThat(c.shapes().get("a")).containsExactly(2, 2);
    assertThat(c.adamV().get(1)).containsExactly(2, 2, 2, 2);
    try (var files = Files.list(store.dir())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void corruptionIsDetectedAndNamed() throws IOException {
    CheckpointStore store = new CheckpointStore(dir);
    Path f = store.write(sample(5));
    byte[] b = Files.readAllBytes(f);
    b[b.length / 2] ^= 1;
    Files.write(f, b);
    assertThatThrownBy(store::latest).hasMessageContaining(f.toString()).hasMessageContaining("checksum");
    Files.write(f, java.util.Arrays.copyOf(b, 40));
    assertThatThrownBy(store::latest).hasMessageContaining("truncated");
  }
}
