package org.rdrop.pipeline;

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
 * Metrics and intervals give the same bits on every CPU: StrictMath, not Math (which may use a CPU
 * intrinsic), for the functions Math's specification lets err by an ulp. As the trainer's test of the same name.
 */
class StrictMathSourceTest {
  static final Pattern INEXACT_MATH = Pattern.compile(
      "(?<![A-Za-z0-9_.])Math\\.(exp|expm1|log|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh"
          + "|cbrt|hypot)\\s*\\(");

  @Test
  void mainCodeUsesStrictMathForInexactFunctions() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (INEXACT_MATH.matcher(lines.get(i)).find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(found).as("use StrictMath (Math may use a CPU-specific intrinsic)").isEmpty();
  }
}
