package org.rdrop.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The exclusive right to write into one run directory, held by every command that writes there for as
 * long as it runs. It is the file {@code .<name>.rdrop-lock} beside the run directory {@code <name>}
 * (beside, not inside: preparation replaces the directory itself, and a run that does not exist yet needs
 * a lock too), holding an operating-system lock ({@link FileChannel#tryLock}) and a record of the holder:
 * PID, host, command and since when. A second writer fails at once with a message naming the holder.
 *
 * <p>The operating system drops the lock when its process ends, however it ends, so the lock of a process
 * that is gone (a file left by {@code kill -9}) is simply taken over: there is no window in which two
 * processes can both hold it. The record only names the holder. Closing deletes the file (and the parent
 * directories acquiring had to create, when they are empty again).
 *
 * <p>Within one JVM, the thread that holds a lock may take it again (nested: released by the outermost
 * close); another thread fails as another process would.
 */
public final class RunLock implements AutoCloseable {
  public static final String SUFFIX = ".rdrop-lock";

  /** Who holds (or held) a lock. */
  public record Holder(
      @JsonProperty("pid") long pid,
      @JsonProperty("host") String host,
      @JsonProperty("command") String command,
      @JsonProperty("since") String since,
      @JsonProperty("token") String token) {
    /** "rdrop train (PID 123 on host h, since 2025-01-01T10:00:00Z)". */
    public String describe() {
      return "rdrop " + command + " (PID " + pid + " on host " + host + ", since " + since + ")";
    }
  }

  private static final Map<Path, RunLock> HELD = new HashMap<>();
  private static final int ATTEMPTS = 20;

  private final Path file;
  private final Thread owner;
  private final FileChannel channel;
  private final FileLock lock;
  private final Holder holder;
  private final Holder takenOver;
  private final List<Path> createdParents;
  private int depth = 1;

  private RunLock(Path file, FileChannel channel, FileLock lock, Holder holder, Holder takenOver,
      List<Path> createdParents) {
    this.file = file;
    this.owner = Thread.currentThread();
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
    this.takenOver = takenOver;
    this.createdParents = createdParents;
  }

  /** The lock file of {@code runDir}: {@code .<name>.rdrop-lock} in its parent. */
  public static Path fileOf(Path runDir) {
    Path abs = runDir.toAbsolutePath().normalize();
    if (abs.getFileName() == null) {
      throw new IllegalArgumentException(runDir + ": not a run directory name");
    }
    return abs.resolveSibling("." + abs.getFileName() + SUFFIX);
  }

  /**
   * Takes the lock of {@code runDir} for {@code command} (a name for the message others get), creating
   * its parent directories if needed; fails at once, naming the holder, when another process or thread
   * holds it.
   */
  public static RunLock acquire(Path runDir, String command) throws IOException {
    Path abs = runDir.toAbsolutePath().normalize();
    List<Path> created = createParents(abs);
    // The lock names the directory entry; the parent's real path makes two spellings of it one lock.
    Path file = fileOf(abs.getParent().toRealPath().resolve(abs.getFileName()));
    synchronized (HELD) {
      RunLock mine = HELD.get(file);
      if (mine != null) {
        if (mine.owner == Thread.currentThread()) {
          mine.depth++;
          return mine;
        }
        throw new IOException(runDir + ": in use by " + mine.holder.describe() + " in thread " + mine.owner.getName()
            + " of this process; lock file " + file);
      }
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        RunLock l = tryOnce(runDir, file, command, created);
        if (l != null) {
          HELD.put(file, l);
          return l;
        }
      }
    }
    throw new IOException(runDir + ": could not take the lock " + file + " (it was replaced " + ATTEMPTS
        + " times while taking it)");
  }

  /** The lock, or null when the file was deleted by its releasing holder while this took it (retry). */
  private static RunLock tryOnce(Path runDir, Path file, String command, List<Path> created) throws IOException {
    Object before = fileKey(file);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    try {
      FileLock fl;
      try {
        fl = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        fl = null; // held by this JVM through another channel: not ours to take
      }
      if (fl == null) {
        ch.close();
        throw busy(runDir, file);
      }
      // The previous holder may have deleted the file (its release) between the stat and the lock: then
      // this holds a lock no one else can see, and must try again on the file at the name. Compared by
      // stat, never by reading: a second descriptor's close would drop this process's POSIX lock.
      Object after = fileKey(file);
      if (before == null || !before.equals(after)) {
        ch.close();
        return null;
      }
      byte[] previous = readAll(ch);
      Holder me = new Holder(ProcessHandle.current().pid(), hostName(), command,
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), UUID.randomUUID().toString());
      byte[] record = ManifestJson.toJson(me).getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(record), 0);
      ch.force(true);
      return new RunLock(file, ch, fl, me, parse(previous), created);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** The file's identity (device and inode), or null when there is none at the name. */
  private static Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static IOException busy(Path runDir, Path file) {
    Holder h = null;
    // The holder writes its record right after locking; a reader may come in between.
    for (int i = 0; i < 5 && h == null; i++) {
      try {
        h = parse(Files.readAllBytes(file));
      } catch (IOException e) {
        // gone or unreadable: described below
      }
      if (h == null) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    String who = h != null ? h.describe() : "another process";
    return new IOException(runDir + ": in use by " + who + "; lock file " + file);
  }

  /** The previous holder whose lock this took over (it ended without releasing it), if any. */
  public Optional<Holder> takenOver() {
    return Optional.ofNullable(takenOver);
  }

  public Holder holder() {
    return holder;
  }

  public Path file() {
    return file;
  }

  /** Releases the lock (the outermost close of nested acquisitions): deletes the file, then unlocks. */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      if (depth == 0 || --depth > 0) {
        return;
      }
      HELD.remove(file);
      try {
        // Deleted while still locked: whoever opened it meanwhile sees it vanish and tries again.
        Files.deleteIfExists(file);
      } finally {
        try {
          lock.release();
        } finally {
          channel.close();
        }
      }
      for (Path p : createdParents) {
        try {
          Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
          break; // holds something now (the run): so do its parents
        }
      }
    }
  }

  /** Creates the missing parents of {@code abs}; returns them deepest first. */
  private static List<Path> createParents(Path abs) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = abs.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(p);
    }
    Files.createDirectories(abs.getParent());
    return missing;
  }

  private static byte[] readAll(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 1 << 16));
    while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
      // read until full
    }
    return Arrays.copyOf(buf.array(), buf.position());
  }

  private static Holder parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return ManifestJson.MAPPER.readValue(bytes, Holder.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env != null ? env : "unknown";
    }
  }
}
