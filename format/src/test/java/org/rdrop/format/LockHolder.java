package org.rdrop.format;

import java.nio.file.Path;

/**
 * Another process for {@link RunLockTest}: takes the lock of {@code args[0]} as command {@code args[1]},
 * says "locked" and holds it until its stdin closes (or it is killed).
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (RunLock lock = RunLock.acquire(Path.of(args[0]), args[1])) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until stdin closes
      }
    }
  }

  /** Starts a JVM holding the lock of {@code runDir}; returns once it holds it. */
  public static Process start(Path runDir, String command) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        runDir.toString(), command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
    if (!"locked".equals(line)) {
      p.destroyForcibly();
      throw new IllegalStateException("the lock holder did not start: " + line);
    }
    return p;
  }
}
