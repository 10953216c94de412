package org.rdrop.trainer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With glibc, freed memory stays in the process: a block allocated again after its free faults no page in. */
class NativeMemoryTest {
  private static long minorFaults() throws Exception {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // Fields after the command name in parentheses; minflt is the 10th field of the line.
    return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
  }

  @Test
  void aFreedBlockIsReusedWithoutPageFaults() throws Exception {
    assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && Files.exists(Path.of("/proc/self/stat")));
    assertThat(NativeMemory.keepFreedMemory()).as("glibc's mallopt").isTrue();
    assertThat(NativeMemory.keepFreedMemory()).as("once per process, same answer").isTrue();
    NativeLibrary c = NativeLibrary.getInstance("c");
    Function malloc = c.getFunction("malloc");
    Function free = c.getFunction("free");
    long bytes = 16L << 20;   // above glibc's default mmap threshold (128 KB), below the one set
    for (int round = 0; round < 3; round++) {
      long before = minorFaults();
      Pointer p = (Pointer) malloc.invoke(Pointer.class, new Object[] {bytes});
      p.setMemory(0, bytes, (byte) 1);
      free.invokeVoid(new Object[] {p});
      long faults = minorFaults() - before;
      if (round > 0) {
        // 16 MB faulted in afresh would be 4,096 faults of 4 KB pages; a handful come from elsewhere.
        assertThat(faults).as("round " + round).isLessThan(200);
      }
    }
  }
}
