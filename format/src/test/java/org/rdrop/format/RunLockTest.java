package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;

/** One writer per run directory: a second one fails at once naming the holder; a dead holder's lock is taken over. */
class RunLockTest {
  @TempDir Path tmp;

  @Test
  void theLockFileNamesItsHolderWhileHeldAndGoesWithItsParentsOnRelease() throws IOException {
    Path run = tmp.resolve("new/runs/r");
    Path file;
    try (RunLock lock = RunLock.acquire(run, "train")) {
      file = lock.file();
      assertThat(file).isEqualTo(tmp.resolve("new/runs/.r.rdrop-lock"));
      assertThat(lock.takenOver()).isEmpty();
      assertThat(run).doesNotExist(); // the lock does not create the run directory
      // Read last in the block: closing a second descriptor of the file drops this process's POSIX lock.
      RunLock.Holder h = ManifestJson.MAPPER.readValue(file.toFile(), RunLock.Holder.class);
      assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid());
      assertThat(h.command()).isEqualTo("train");
      assertThat(h).isEqualTo(lock.holder());
    }
    assertThat(file).doesNotExist();
    assertThat(tmp.resolve("new")).doesNotExist();
  }

  @Test
  void anotherThreadFailsAtOnceAndTheHolderMayNest() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("r"));
    RunLock outer = RunLock.acquire(run, "reproduce");
    RunLock inner = RunLock.acquire(run, "prepare");
    inner.close();
    CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
      try (RunLock l = RunLock.acquire(run, "train")) {
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    Throwable t = other.get(10, TimeUnit.SECONDS);
    assertThat(t).isInstanceOf(IOException.class)
        .hasMessageStartingWith(run + ": in use by rdrop reproduce (PID " + ProcessHandle.current().pid() + " on host ")
        .hasMessageContaining("of this process; lock file " + RunLock.fileOf(run));
    outer.close();
    try (RunLock again = CompletableFuture.supplyAsync(() -> {
      try {
        return RunLock.acquire(run, "train");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).get(10, TimeUnit.SECONDS)) {
      assertThat(again.holder().command()).isEqualTo("train");
    }
  }

  @Test
  void aSecondProcessFailsAtOnceNamingTheHolderAndTakesOverOnceItIsKilled() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("r"));
    Process holder = LockHolder.start(run, "prepare");
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> RunLock.acquire(run, "train"))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith(run + ": in use by rdrop prepare (PID " + holder.pid() + " on host ")
          .hasMessageEndingWith("; lock file " + RunLock.fileOf(run));
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    } finally {
      holder.destroyForcibly().waitFor(); // kill -9: no release, the file stays
    }
    assertThat(RunLock.fileOf(run)).exists();
    try (RunLock lock = RunLock.acquire(run, "train")) {
      assertThat(lock.takenOver()).get().extracting(RunLock.Holder::pid).isEqualTo(holder.pid());
      assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
    }
    assertThat(RunLock.fileOf(run)).doesNotExist();
  }

  @Test
  void aRecordWithoutAnOperatingSystemLockIsStaleWhateverPidItNames() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("r"));
    // A process that has ended, and one that is alive (this one) but does not hold the lock.
    long dead = new ProcessBuilder("true").start().onExit().get(10, TimeUnit.SECONDS).pid();
    for (long pid : new long[] {dead, ProcessHandle.current().pid()}) {
      Files.writeString(RunLock.fileOf(run), ManifestJson.toJson(
          new RunLock.Holder(pid, "h", "evaluate", "2025-01-01T00:00:00Z", "t")));
      try (RunLock lock = RunLock.acquire(run, "train")) {
        assertThat(lock.takenOver()).get().extracting(RunLock.Holder::pid).isEqualTo(pid);
      }
    }
  }
}
