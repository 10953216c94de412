package org.rdrop.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code golden/SHA256SUMS}: the SHA-256 of every golden file, in {@code sha256sum} format (so
 * {@code cd golden && sha256sum -c SHA256SUMS} checks it too), sorted by path. An edited golden no longer
 * matches its line; changing one on purpose changes this file, which a reviewer sees. README.md files are
 * documentation and not listed.
 */
public final class GoldenIndex {
  public static final String FILE = "SHA256SUMS";

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

  private GoldenIndex() {}

  /** One file whose bytes do not match the index. */
  public record Problem(String path, Kind kind, String detail) {
    public enum Kind {
      /** listed with another hash */
      MODIFIED,
      /** listed, not on disk */
      MISSING,
      /** on disk, not listed */
      UNLISTED
    }

    @Override
    public String toString() {
      return path + ": " + detail;
    }
  }

  /** The listed hashes by path; an absent index is empty. */
  public static SortedMap<String, String> read(Path root) throws IOException {
    Path file = root.resolve(FILE);
    TreeMap<String, String> out = new TreeMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINE.matcher(lines.get(i));
      if (!m.matches()) {
        throw new IOException(file + ":" + (i + 1) + ": expected '<64 hex digits>  <path>'");
      }
      if (out.put(m.group(2), m.group(1)) != null) {
        throw new IOException(file + ":" + (i + 1) + ": " + m.group(2) + " is listed twice");
      }
    }
    return out;
  }

  /** The golden files on disk (relative '/'-paths, sorted), without the index and README files. */
  public static List<String> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(GoldenIndex::indexed)
          .sorted()
          .toList();
    }
  }

  private static boolean indexed(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return !path.equals(FILE) && !name.equals("README.md") && !AtomicFiles.isLeftover(Path.of(name));
  }

  /** Problems of the files under {@code prefix} ("" for all; e.g. "bible-en-es/rdrop/"), sorted by path. */
  public static List<Problem> verify(Path root, String prefix) throws IOException {
    SortedMap<String, String> listed = read(root);
    TreeMap<String, Problem> problems = new TreeMap<>();
    for (Map.Entry<String, String> e : listed.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      Path f = root.resolve(e.getKey());
      if (!Files.isRegularFile(f)) {
        problems.put(e.getKey(), new Problem(e.getKey(), Problem.Kind.MISSING, "listed in " + FILE + " but missing"));
      } else {
        String actual = Sha256.of(f);
        if (!actual.equals(e.getValue())) {
          problems.put(
              e.getKey(),
              new Problem(
                  e.getKey(), Problem.Kind.MODIFIED,
                  "SHA-256 is " + actual + ", " + FILE + " records " + e.getValue() + " (edited without an update?)"));
        }
      }
    }
    for (String f : files(root)) {
      if (f.startsWith(prefix) && !listed.containsKey(f)) {
        problems.put(f, new Problem(f, Problem.Kind.UNLISTED, "not listed in " + FILE));
      }
    }
    return List.copyOf(problems.values());
  }

  /**
   * Re-records the hashes of the files under {@code prefix} (added, changed, removed), keeping every other
   * line as it was, so that updating one golden never blesses an unrelated edit. Returns the paths whose
   * line changed.
   */
  public static List<String> record(Path root, String prefix) throws IOException {
    TreeMap<String, String> listed = new TreeMap<>(read(root));
    TreeMap<String, String> next = new TreeMap<>();
    listed.forEach((path, sha) -> {
      if (!path.startsWith(prefix)) {
        next.put(path, sha);
      }
    });
    for (String f : files(root)) {
      if (f.startsWith(prefix)) {
        next.put(f, Sha256.of(root.resolve(f)));
      }
    }
    List<String> changed = new ArrayList<>();
    TreeMap<String, String> all = new TreeMap<>(listed);
    all.putAll(next);
    for (String path : all.keySet()) {
      String before = listed.get(path);
      String after = next.get(path);
      if (before == null ? after != null : !before.equals(after)) {
        changed.add(path);
      }
    }
    StringBuilder sb = new StringBuilder();
    next.forEach((path, sha) -> sb.append(sha).append("  ").append(path).append('\n'));
    AtomicFiles.writeString(root.resolve(FILE), sb.toString());
    return changed;
  }
}
