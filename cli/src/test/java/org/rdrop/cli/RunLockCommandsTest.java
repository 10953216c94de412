package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.LockHolder;
import org.rdrop.format.RunLock;
import org.rdrop.testkit.junit.CommandOutcome;

/** Every command that writes into a run directory takes its lock first. */
class RunLockCommandsTest {
  @TempDir Path tmp;

  @Test
  void writingCommandsFailAtOnceWhileAnotherProcessHoldsTheRun() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("r"));
    Process holder = LockHolder.start(run, "reproduce");
    try {
      for (String[] args : new String[][] {
          {"prepare", "smoke", "--out", run.toString()},
          {"train", "smoke", "--out", run.toString()},
          {"reproduce", "smoke", "--out", run.toString()},
          {"decode", run.toString(), "--method", "rdrop"},
          {"evaluate", run.toString()},
          {"verify", run.toString(), "--out", tmp.resolve("rerun").toString()}}) {
        CommandOutcome o = CliTest.run(args);
        assertThat(o.exit()).as(args[0]).isEqualTo(1);
        assertThat(o.err()).as(args[0])
            .startsWith("rdrop " + args[0] + ": error: " + run + ": in use by rdrop reproduce (PID " + holder.pid()
                + " on host ");
      }
    } finally {
      holder.getOutputStream().close(); // released normally
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(RunLock.fileOf(run)).doesNotExist();
    assertThat(run).isEmptyDirectory();
  }
}
