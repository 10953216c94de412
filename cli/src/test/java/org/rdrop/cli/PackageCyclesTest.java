package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rdrop.config.Experiments;

/**
 * No package of rdrop's main code uses a package that uses it back, directly or through others, in any module
 * (docs/modules.md), and no package outside a task's package uses it (docs/tasks.md). The uses are jdeps's, read
 * from the compiled classes: every module with main code is built before this module's tests run.
 */
class PackageCyclesTest {

  /** jdeps's package uses of every module's main code, read once for the tests below. */
  private static Map<String, Set<String>> mainCodeUses;

  private static synchronized Map<String, Set<String>> mainCodeUses() throws IOException {
    if (mainCodeUses == null) {
      Map<String, Set<String>> uses = new TreeMap<>();
      List<Path> modules = modulesWithMainCode(Experiments.home());
      assertThat(modules).hasSizeGreaterThan(10);
      for (Path module : modules) {
        Path classes = module.resolve("target/classes");
        assertThat(classes).as(module.getFileName() + " is not built").isDirectory();
        packageUses(classes).forEach((from, to) -> uses.computeIfAbsent(from, k -> new TreeSet<>()).addAll(to));
      }
      // Read from every module, the last built included.
      assertThat(uses.keySet()).contains("org.rdrop.testkit.verdict", "org.rdrop.trainer.model",
          "org.rdrop.pipeline.prepare", "org.rdrop.pipeline.task.lm", "org.rdrop.cli");
      mainCodeUses = uses;
    }
    return mainCodeUses;
  }

  @Test
  void mainCodeHasNoPackageCircle() throws IOException {
    assertThat(circles(mainCodeUses())).as("packages that use each other").isEmpty();
  }

  /**
   * A task's package ({@code pipeline.task.<task>}, docs/tasks.md) is found through the services file, so no
   * other package names its classes: removing a task is removing its package and its line.
   */
  @Test
  void noOtherPackageUsesATasksPackage() throws IOException {
    assertThat(taskPackageUses(mainCodeUses())).as("uses of a task's package from outside it").isEmpty();
  }

  @Test
  void aUseOfATasksPackageFromOutsideItIsFound() {
    Map<String, Set<String>> uses = Map.of(
        "org.rdrop.pipeline.task.lm", Set.of("org.rdrop.pipeline.task", "org.rdrop.pipeline.prepare"),
        "org.rdrop.pipeline.task.lm.detail", Set.of("org.rdrop.pipeline.task.lm"),
        "org.rdrop.pipeline.task.sentences", Set.of("org.rdrop.pipeline.task.lm"),
        "org.rdrop.pipeline.run", Set.of("org.rdrop.pipeline.task", "org.rdrop.pipeline.task.images"));
    assertThat(taskPackageUses(uses)).containsExactly(
        "org.rdrop.pipeline.run -> org.rdrop.pipeline.task.images",
        "org.rdrop.pipeline.task.sentences -> org.rdrop.pipeline.task.lm");
  }

  @Test
  void aCircleIsFoundWithEveryPackageOnIt() {
    Map<String, Set<String>> uses = Map.of(
        "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of("e"), "e", Set.of());
    assertThat(circles(uses)).containsExactly(Set.of("a", "b", "c"));
  }

  private static List<Path> modulesWithMainCode(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("src/main/java")))
          .sorted()
          .toList();
    }
  }

  /** For each org.rdrop package in {@code classes}, the other org.rdrop packages it uses, as jdeps finds them. */
  private static Map<String, Set<String>> packageUses(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
        classes.toString());
    assertThat(exit).as("jdeps on " + classes + ":\n" + out).isZero();
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[1].equals("->") && f[0].startsWith("org.rdrop.") && f[2].startsWith("org.rdrop.")
          && !f[0].equals(f[2])) {
        uses.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
      }
    }
    return uses;
  }

  private static final String TASKS = "org.rdrop.pipeline.task.";

  /** Each use ({@code from -> to}) of a task's package, or of one inside it, from a package outside that task. */
  static List<String> taskPackageUses(Map<String, Set<String>> uses) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(uses).forEach((from, tos) -> new TreeSet<>(tos).forEach(to -> {
      String task = taskOf(to);
      if (task != null && !task.equals(taskOf(from))) {
        out.add(from + " -> " + to);
      }
    }));
    return out;
  }

  /** The task package {@code pkg} is or lies in ({@code org.rdrop.pipeline.task.<task>}), or null. */
  private static String taskOf(String pkg) {
    if (!pkg.startsWith(TASKS)) {
      return null;
    }
    int dot = pkg.indexOf('.', TASKS.length());
    return dot < 0 ? pkg : pkg.substring(0, dot);
  }

  /** The strongly connected sets of more than one package (Tarjan's algorithm), each a circle of uses. */
  static List<Set<String>> circles(Map<String, Set<String>> uses) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> out = new ArrayList<>();
    for (String p : new TreeSet<>(uses.keySet())) {
      if (!index.containsKey(p)) {
        visit(p, uses, index, low, stack, out);
      }
    }
    return out;
  }

  private static void visit(String p, Map<String, Set<String>> uses, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, List<Set<String>> out) {
    index.put(p, index.size());
    low.put(p, index.get(p));
    stack.push(p);
    for (String q : uses.getOrDefault(p, Set.of())) {
      if (!index.containsKey(q)) {
        visit(q, uses, index, low, stack, out);
        low.put(p, Math.min(low.get(p), low.get(q)));
      } else if (stack.contains(q)) {
        low.put(p, Math.min(low.get(p), index.get(q)));
      }
    }
    if (low.get(p).equals(index.get(p))) {
      Set<String> component = new TreeSet<>();
      String q;
      do {
        q = stack.pop();
        component.add(q);
      } while (!q.equals(p));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
