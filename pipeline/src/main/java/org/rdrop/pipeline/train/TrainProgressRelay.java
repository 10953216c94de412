package org.rdrop.pipeline.train;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.rdrop.trainer.loop.TrainProgress;

/**
 * Gets a progress display to the training DoFn. Beam serializes DoFns and a display (a terminal, a
 * thread) cannot travel with them, so the DoFn carries a key and looks the display up in its JVM. On a
 * remote worker (a Flink cluster) the key is unknown there and the trainer's plain lines go to that
 * worker's stderr instead.
 */
final class TrainProgressRelay {
  private static final ConcurrentHashMap<String, TrainProgress> LIVE = new ConcurrentHashMap<>();
  private static final AtomicLong NEXT = new AtomicLong();

  private TrainProgressRelay() {}

  /** Makes {@code progress} reachable under the returned key until the registration is closed. */
  static Registration register(TrainProgress progress) {
    String key = "train-progress-" + NEXT.incrementAndGet();
    LIVE.put(key, progress);
    return new Registration(key);
  }

  /** The display registered under {@code key} in this JVM, or plain lines on stderr. */
  static TrainProgress lookup(String key) {
    TrainProgress p = key == null ? null : LIVE.get(key);
    return p != null ? p : TrainProgress.lines(System.err);
  }

  record Registration(String key) implements AutoCloseable {
    @Override
    public void close() {
      LIVE.remove(key);
    }
  }
}
