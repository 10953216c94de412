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
 * (docs/modules.md). The uses are jdeps's, read from the compiled classes: every module with main code is built
 * before this module's tests run.
 */
class PackageCyclesTest {

  @Test
  void mainCodeHasNoPackageCircle() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> modules = modulesWithMainCode(Experiments.home());
    assertThat(modules).hasSizeGreaterThan(10);
    for (Path module : modules) {
      Path classes = module.resolve("target/classes");
      assertThat(classes).as(module.getFileName() + " is not built").isDirectory();
      packageUses(classes).forEach((from, to) -> uses.computeIfAbsent(from, k -> new TreeSet<>()).addAll(to));
    }
    // Read from every module, the last built included.
    assertThat(uses.keySet()).contains("org.rdrop.testkit.verdict", "org.rdrop.trainer.model", "org.rdrop.pipeline.prepare",
        "org.rdrop.cli");
    assertThat(circles(uses)).as("packages that use each other").isEmpty();
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
