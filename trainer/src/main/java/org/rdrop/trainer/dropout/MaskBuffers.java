package org.rdrop.trainer.dropout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable native-order direct buffers for dropout masks.
 *
 * <p>Why: on the CPU the engine wraps a mask's buffer without copying, so each buffer must live until
 * the step's backward pass is done, and a fresh {@code allocateDirect} per mask would leave the freeing
 * to the garbage collector (resident memory then grows by tens of MB a step until a GC happens). The
 * training loop calls {@link #recycle} once a step's tensors are closed; buffers are then reused.
 */
public final class MaskBuffers {
  private final List<ByteBuffer> free = new ArrayList<>();
  private final List<ByteBuffer> inUse = new ArrayList<>();

  /** A buffer of exactly {@code bytes} bytes (native order), valid until the next {@link #recycle}. */
  public ByteBuffer take(int bytes) {
    ByteBuffer best = null;
    for (ByteBuffer b : free) {
      if (b.capacity() >= bytes && (best == null || b.capacity() < best.capacity())) {
        best = b;
      }
    }
    if (best == null) {
      best = ByteBuffer.allocateDirect(bytes);
    } else {
      free.remove(best);
    }
    inUse.add(best);
    return best.duplicate().clear().limit(bytes).slice().order(ByteOrder.nativeOrder());
  }

  /** Makes every buffer handed out so far available again: call only when no tensor uses them. */
  public void recycle() {
    free.addAll(inUse);
    inUse.clear();
  }

  /** Total bytes held (for diagnostics). */
  public long heldBytes() {
    long n = 0;
    for (ByteBuffer b : free) {
      n += b.capacity();
    }
    for (ByteBuffer b : inUse) {
      n += b.capacity();
    }
    return n;
  }
}
