package org.rdrop.format;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points at which the fault-injection tests stop a process and kill it (SIGKILL), so that each kill
 * happens at a chosen place instead of after a guessed delay. Off unless the environment variable
 * {@value #ENV} names a point:
 *
 * <ul>
 *   <li>{@code write:<path>:<k>}: the k-th {@link AtomicFiles} write of a file whose path ends with
 *       {@code <path>} (whole components, e.g. {@code rdrop/model.params}), once its bytes are on disk under
 *       the temporary name and before the rename;
 *   <li>{@code update:<method>:<n>}: after training update n of {@code baseline} or {@code rdrop} (its curve
 *       row appended, the checkpoint of that update not yet written).
 * </ul>
 *
 * At the point the thread prints {@value #REACHED} and the point to standard error and waits there for
 * the kill; the other threads run on until it comes, as they would.
 */
public final class FaultPoint {
  public static final String ENV = "RDROP_FAULT_AT";
  public static final String REACHED = "rdrop: fault point reached: ";

  private static final Spec SPEC = Spec.parse(System.getenv(ENV));

  private FaultPoint() {}

  /** A point: kind, subject and number. */
  record Spec(String text, String kind, String subject, long number, AtomicInteger seen) {
    static Spec parse(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String[] f = text.split(":", -1);
      if (f.length != 3 || !(f[0].equals("write") || f[0].equals("update")) || f[1].isEmpty()
          || !f[2].matches("[1-9][0-9]{0,17}")) {
        throw new IllegalArgumentException(ENV + "=" + text + ": expected write:<path>:<k> or update:<method>:<n>"
            + " (k, n from 1)");
      }
      return new Spec(text, f[0], f[1], Long.parseLong(f[2]), new AtomicInteger());
    }
  }

  /** Called by {@link AtomicFiles} before it renames the finished temporary file of {@code file}. */
  static void beforeRename(Path file) {
    Spec s = SPEC;
    if (s != null && s.kind().equals("write") && file.toAbsolutePath().normalize().endsWith(s.subject())
        && s.seen().incrementAndGet() == s.number()) {
      stop(s);
    }
  }

  /** Called by the trainer after update {@code n} (1-based) of {@code method}. */
  public static void afterUpdate(String method, long n) {
    Spec s = SPEC;
    if (s != null && s.kind().equals("update") && s.subject().equals(method) && s.number() == n) {
      stop(s);
    }
  }

  private static void stop(Spec s) {
    System.err.println(REACHED + s.text());
    System.err.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // only the kill ends the wait
      }
    }
  }
}
