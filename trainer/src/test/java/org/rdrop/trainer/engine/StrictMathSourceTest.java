package org.rdrop.trainer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * rdrop's Java math gives the same bits on every CPU (the trainer's initialisers and positions, the metrics
 * and their intervals, ...): java.lang.Math may use a CPU intrinsic for the functions its specification
 * allows 1 ulp of error (exp, log, pow, trig...), StrictMath may not. sqrt, abs, min, max, fma and rounding
 * are exact in both and stay Math. One test for the main code of every module of the repository.
 */
class StrictMathSourceTest {
  /** The repository: tests run in the module's directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Pattern INEXACT_MATH = Pattern.compile(
      "(?<![A-Za-z0-9_.])Math\\.(exp|expm1|log|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh"
          + "|cbrt|hypot)\\s*\\(");

  @Test
  void mainCodeUsesStrictMathForInexactFunctions() throws IOException {
    List<Path> sources;
    try (Stream<Path> modules = Files.list(ROOT)) {
      sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
    }
    assertThat(sources).as("main source folders under " + ROOT)
        .contains(ROOT.resolve("trainer/src/main/java"), ROOT.resolve("pipeline/src/main/java"));
    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            if (INEXACT_MATH.matcher(lines.get(i)).find()) {
              found.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertThat(found).as("use StrictMath (Math may use a CPU-specific intrinsic)").isEmpty();
  }

  @Test
  void thePatternFindsMathButNotStrictMath() {
    assertThat(INEXACT_MATH.matcher("double y = Math.exp(x);").find()).isTrue();
    assertThat(INEXACT_MATH.matcher("float s = (float) Math.pow(d, -0.5);").find()).isTrue();
    assertThat(INEXACT_MATH.matcher("double y = StrictMath.exp(x);").find()).isFalse();
    assertThat(INEXACT_MATH.matcher("double y = Math.sqrt(x);").find()).isFalse();
  }
}
