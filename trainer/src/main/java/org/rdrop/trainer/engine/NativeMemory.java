package org.rdrop.trainer.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

/**
 * Keeps the memory that libtorch frees inside the process, for its next allocations, instead of handing it
 * back to the operating system.
 *
 * <p>Why: an update frees and allocates the same tensors (hundreds of MB at the shipped shapes) every time.
 * With glibc's defaults a block above the mmap threshold is mapped and unmapped per allocation, the top of
 * a heap is trimmed and a thread arena's emptied heaps are unmapped, so each update faulted its memory in
 * again: 15,000-40,000 page faults per R-Drop update at the bible-en-es shape against a few hundred per
 * baseline update, whose smaller tensors fit in memory already held. Which memory a tensor gets changes no
 * value (every op writes its whole output; the matrix library runs in conditional-numerical-reproducibility
 * mode, which does not depend on alignment), so results stay bit-identical; the price is that the process
 * keeps its peak native memory until it ends.
 */
public final class NativeMemory {
  // glibc's mallopt parameters (malloc.h).
  private static final int M_TRIM_THRESHOLD = -1;
  private static final int M_TOP_PAD = -2;
  private static final int M_MMAP_THRESHOLD = -3;
  /** glibc's largest mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX): larger blocks are always mapped. */
  static final int MMAP_THRESHOLD = 32 << 20;
  /**
   * A thread arena's heap is at most 64 MB; a top pad at least that large keeps glibc from unmapping an
   * emptied one (heap_trim), and a trim threshold of 2 GB (mallopt takes an int) from shrinking the top.
   */
  static final int TOP_PAD = 64 << 20;
  static final int TRIM_THRESHOLD = Integer.MAX_VALUE;

  private static volatile Boolean applied;

  private NativeMemory() {}

  /**
   * Sets glibc's allocator to keep freed memory (once per process); false where that is not glibc on
   * Linux (nothing is changed there).
   */
  public static synchronized boolean keepFreedMemory() {
    if (applied == null) {
      applied = apply();
    }
    return applied;
  }

  private static boolean apply() {
    if (!System.getProperty("os.name", "").startsWith("Linux")) {
      return false;
    }
    try {
      Function mallopt = NativeLibrary.getInstance("c").getFunction("mallopt");
      // mallopt returns 1 on success; all three, or the allocator is not glibc's.
      return mallopt.invokeInt(new Object[] {M_MMAP_THRESHOLD, MMAP_THRESHOLD}) == 1
          && mallopt.invokeInt(new Object[] {M_TRIM_THRESHOLD, TRIM_THRESHOLD}) == 1
          && mallopt.invokeInt(new Object[] {M_TOP_PAD, TOP_PAD}) == 1;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }
}
