package org.rdrop.format;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run directory: the one place that names its files ({@link #manifest}, {@link #data}, one
 * {@link MethodDirectory} per {@link Method}, the report) and decides which directories rdrop may write
 * into, and how it replaces one. Everything else asks it for paths.
 *
 * <p>A run directory is rdrop's when it holds the marker {@link RunMarker#FILE}, written when rdrop creates
 * it. rdrop writes into a directory only when it is missing, empty, or rdrop's; anything else ends with an
 * error naming the directory. A run directory made before the marker existed is adopted (the marker is
 * written into it) only when it is wholly rdrop's: an rdrop {@code manifest.json} that reads, nothing at
 * the top but the names rdrop writes there ({@link #OWN_ENTRIES}), no symbolic link anywhere in it, and
 * every file in {@code data/} listed in the manifest. A new preparation replaces a run only under the same
 * condition, so nothing rdrop did not write is ever deleted. Deleting never follows a symbolic link: a
 * link is removed as a link, its target left alone.
 */
public record RunDirectory(Path root) {
  public static final String MANIFEST = "manifest.json";
  public static final String DATA = "data";
  public static final String REPORT_JSON = "report.json";
  public static final String REPORT_MARKDOWN = "report.md";
  public static final String REPORT_HTML = "report.html";
  /** The report's files, in the order they are written. */
  public static final List<String> REPORT_FILES = List.of(REPORT_JSON, REPORT_MARKDOWN, REPORT_HTML);
  /** JUnit XML of {@code rdrop check --junit} when written into the run. Not an artifact. */
  public static final String CHECKS_XML = "checks.xml";

  /** Everything rdrop writes at the top of a run directory. */
  public static final Set<String> OWN_ENTRIES = Set.of(RunMarker.FILE, MANIFEST, DATA, Method.BASELINE.label(),
      Method.RDROP.label(), REPORT_JSON, REPORT_MARKDOWN, REPORT_HTML, CHECKS_XML);

  public RunDirectory {
    java.util.Objects.requireNonNull(root, "root");
  }

  public static RunDirectory of(Path root) {
    return new RunDirectory(root);
  }

  public Path manifest() {
    return root.resolve(MANIFEST);
  }

  /** {@code data/}, made absolute: Beam workers (a Flink task manager) may run in another working directory. */
  public DataDirectory data() {
    return new DataDirectory(root.toAbsolutePath().resolve(DATA));
  }

  public MethodDirectory method(Method m) {
    return new MethodDirectory(root.resolve(m.label()));
  }

  public Path reportJson() {
    return root.resolve(REPORT_JSON);
  }

  public Path reportHtml() {
    return root.resolve(REPORT_HTML);
  }

  /** The run's manifest.json, read and checked. */
  public RunManifest readManifest() throws IOException {
    return ManifestJson.read(manifest());
  }

  /**
   * Fails naming the first of {@code inputs} that {@code m} does not list or that no longer has the recorded
   * SHA-256: a stage reads only files the run recorded, or a difference would be blamed on the stage.
   *
   * @param since how the message names the moment the hashes were recorded (e.g. "preparation")
   */
  public void requireRecorded(RunManifest m, List<Path> inputs, String since) throws IOException {
    for (Path f : inputs) {
      RunArtifacts.requireUnchanged(root, manifest(), m, f, since, "");
    }
  }

  /**
   * Appends {@code stage} to manifest.json, replacing an earlier record of the same name and its artifacts:
   * hashes what it wrote, names what it read, and rewrites the manifest atomically (its stage chain
   * included). Returns the manifest as written.
   */
  public RunManifest record(StageRecord stage) throws IOException {
    RunManifest m = readManifest();
    String name = stage.name().name();
    List<RunManifest.Artifact> artifacts = new java.util.ArrayList<>();
    for (StageRecord.Output o : stage.written()) {
      artifacts.add(new RunManifest.Artifact(relative(o.file()), Sha256.of(o.file()), Files.size(o.file()),
          o.records(), name));
    }
    RunManifest.Stage entry = new RunManifest.Stage(name, stage.parameters(), stage.statistics(),
        artifacts.stream().map(RunManifest.Artifact::path).toList())
        .reading(stage.read().stream().map(this::relative).toList());
    RunManifest updated = m.withStage(entry, artifacts).chained();
    ManifestJson.write(manifest(), updated);
    return updated;
  }

  /**
   * Removes from manifest.json the stages {@code stale} selects, with their artifacts (their files stay on
   * disk until the stage runs again); rewrites the manifest only when one was removed.
   */
  public RunManifest forget(java.util.function.Predicate<StageName> stale) throws IOException {
    RunManifest m = readManifest();
    RunManifest kept = m;
    for (RunManifest.Stage s : m.stages()) {
      if (stale.test(StageName.of(s.name()))) {
        kept = kept.withoutStage(s.name());
      }
    }
    if (kept != m) {
      kept = kept.chained();
      ManifestJson.write(manifest(), kept);
    }
    return kept;
  }

  /** The manifest's name of {@code file}: its '/'-path below this directory. */
  public String relative(Path file) {
    return RunArtifacts.relative(root, file);
  }

  /**
   * Takes the lock of {@code runDir} for {@code command} and makes sure rdrop may write there (missing,
   * empty, marked, or an adoptable run from before the marker, which is then marked). A stale lock of a
   * process that is gone is taken over, with a note on {@code notes}.
   */
  public static RunLock openForWriting(Path runDir, String command, PrintStream notes) throws IOException {
    RunLock lock = RunLock.acquire(runDir, command);
    try {
      requireWritable(runDir);
      lock.takenOver().ifPresent(h -> notes.println("rdrop " + command + ": took over the lock of " + h.describe()
          + ", which ended without releasing it"));
      int removed = removeInterruptedWrites(runDir);
      if (removed > 0) {
        notes.println("rdrop " + command + ": removed " + removed + " temporary file(s) of writes that a killed process"
            + " left unfinished in " + runDir);
      }
      return lock;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Deletes the temporary files of {@link AtomicFiles} writes that never reached their rename (the process
   * was killed) anywhere in the run directory; returns how many. Called with the lock held, so no live
   * writer owns them; without it they would stay forever and {@code rdrop check} would list them.
   */
  static int removeInterruptedWrites(Path runDir) throws IOException {
    if (!Files.isDirectory(runDir, LinkOption.NOFOLLOW_LINKS) || !RunMarker.isPresent(runDir)) {
      return 0;
    }
    List<Path> leftovers;
    try (Stream<Path> s = Files.walk(runDir)) { // does not follow links
      leftovers = s.filter(f -> AtomicFiles.isLeftover(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .toList();
    }
    for (Path f : leftovers) {
      Files.deleteIfExists(f);
    }
    return leftovers.size();
  }

  /** Fails unless rdrop may write into {@code dir}; marks an adoptable pre-marker run. */
  public static void requireWritable(Path dir) throws IOException {
    if (isMissingOrEmpty(dir) || RunMarker.isPresent(dir)) {
      return;
    }
    adoptOrRefuse(dir);
  }

  /**
   * Fails unless a new preparation may replace {@code dir} as a whole: missing, empty, or a run that is
   * wholly rdrop's ({@link RunDirectory}).
   */
  public static void requireReplaceable(Path dir) throws IOException {
    if (isMissingOrEmpty(dir)) {
      return;
    }
    if (!RunMarker.isPresent(dir)) {
      adoptOrRefuse(dir);
    }
    requireWhollyOurs(dir, readManifestIfAny(dir));
  }

  private static void adoptOrRefuse(Path dir) throws IOException {
    if (Files.isSymbolicLink(dir)) {
      throw new IOException(dir + ": a symbolic link, not a run directory; refusing to write through it");
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(dir + ": not a directory; refusing to write over it");
    }
    if (!Files.isRegularFile(dir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(dir + ": not an rdrop run directory (no " + RunMarker.FILE + "); refusing to write into it");
    }
    RunManifest m;
    try {
      m = ManifestJson.read(dir.resolve(MANIFEST));
    } catch (IOException e) {
      throw new IOException(dir + ": not an rdrop run directory (no " + RunMarker.FILE + ", and " + e.getMessage()
          + "); refusing to write into it", e);
    }
    try {
      requireWhollyOurs(dir, m);
    } catch (IOException e) {
      throw new IOException(dir + ": not an rdrop run directory (no " + RunMarker.FILE + ", and " + e.getMessage()
          + "); refusing to write into it", e);
    }
    RunMarker.write(dir);
  }

  private static RunManifest readManifestIfAny(Path dir) throws IOException {
    Path f = dir.resolve(MANIFEST);
    return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? ManifestJson.read(f) : null;
  }

  /**
   * Fails naming the first file that rdrop did not write: a top-level name rdrop does not use, a symbolic
   * link anywhere, or a file in {@code data/} that {@code manifest} (null: none) does not list.
   */
  static void requireWhollyOurs(Path dir, RunManifest manifest) throws IOException {
    try (DirectoryStream<Path> top = Files.newDirectoryStream(dir)) {
      for (Path p : top) {
        String name = p.getFileName().toString();
        if (!OWN_ENTRIES.contains(name) && !AtomicFiles.isLeftover(p)) {
          throw new IOException(p + " is not a file rdrop writes");
        }
      }
    }
    Set<String> listed = new HashSet<>();
    if (manifest != null) {
      manifest.artifacts().forEach(a -> listed.add(a.path()));
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) {
          throw new IOException(f + " is a symbolic link, which rdrop never makes");
        }
        String rel = dir.relativize(f).toString().replace('\\', '/');
        if (rel.startsWith(DATA + "/") && !listed.contains(rel) && !AtomicFiles.isLeftover(f)) {
          throw new IOException(f + " is not listed in " + MANIFEST);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** True when {@code dir} does not exist (not even as a dangling link) or is an empty directory. */
  static boolean isMissingOrEmpty(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /**
   * Deletes {@code p} and everything under it without following symbolic links: a link, at the top or
   * inside, is removed itself and its target is left alone. Missing is fine.
   */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // walkFileTree does not follow links unless asked (FOLLOW_LINKS): a link is visited as a file.
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        Files.delete(f);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * A fresh, marked directory beside {@code runDir} ({@code .<name>.tmp-<pid>}) to prepare a run in, so
   * that {@code runDir} is not touched before the new run is complete ({@link #commit}). Left-overs of
   * earlier, killed preparations of the same run (ours: marked) are removed first; the caller holds the
   * run's lock, so no live process is using them.
   */
  public static Path stage(Path runDir) throws IOException {
    Path abs = runDir.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    removeLeftovers(abs);
    Path staged = sibling(abs, "tmp");
    Files.createDirectory(staged);
    RunMarker.write(staged);
    return staged;
  }

  /**
   * Puts the finished {@code staged} directory in place of {@code runDir}: a rename, after the previous
   * run (if any, checked with {@link #requireReplaceable} by the caller) is renamed aside; that one is
   * deleted afterwards. Killed between the two renames, both directories survive under their hidden names
   * and the next preparation removes them.
   */
  public static void commit(Path staged, Path runDir) throws IOException {
    Path abs = runDir.toAbsolutePath().normalize();
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staged, abs, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = sibling(abs, "old");
    Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staged, abs, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE); // the previous run back where it was
      throw e;
    }
    deleteTree(old);
  }

  /** Removes a staged directory after a failure. */
  public static void discard(Path staged) throws IOException {
    deleteTree(staged);
  }

  private static Path sibling(Path abs, String kind) {
    return abs.resolveSibling("." + abs.getFileName() + "." + kind + "-" + ProcessHandle.current().pid());
  }

  /**
   * True for a staged directory killed while its marker was being written ({@link #stage} creates it, then
   * writes the marker): it holds nothing but the marker's unfinished temporary file. (An empty one is left
   * alone: nothing says it is rdrop's, and it holds nothing.)
   */
  private static boolean markerUnfinished(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> entries = s.toList();
      return !entries.isEmpty() && entries.stream().allMatch(f -> AtomicFiles.isLeftover(f)
          && f.getFileName().toString().startsWith("." + RunMarker.FILE + ".") && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return false;
    }
  }

  private static void removeLeftovers(Path abs) throws IOException {
    String prefix = "." + abs.getFileName() + ".";
    List<Path> leftovers;
    try (Stream<Path> s = Files.list(abs.getParent())) {
      leftovers = s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.substring(prefix.length()).matches("(tmp|old)-[0-9]+")
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && (RunMarker.isPresent(p) || markerUnfinished(p));
      }).toList();
    }
    for (Path p : leftovers) {
      try {
        deleteTree(p);
      } catch (NoSuchFileException e) {
        // already gone
      }
    }
  }
}
