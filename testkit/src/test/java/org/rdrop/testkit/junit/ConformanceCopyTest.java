package org.rdrop.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed copies equal the team's shared originals, when those sit beside the repository. */
class ConformanceCopyTest {
  @Test
  void copiesEqualTheSharedOriginals() throws IOException {
    Path shared = Conformance.repoRoot().resolveSibling("shared").resolve("conformance");
    assumeTrue(Files.isDirectory(shared), "no ../shared/conformance beside the repository to compare with");
    for (String tool : List.of("bpe", "bleu", "rouge")) {
      List<String> names;
      try (Stream<Path> s = Files.list(shared.resolve(tool))) {
        names = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      }
      assertThat(names).isNotEmpty();
      for (String name : names) {
        assertThat(Files.mismatch(shared.resolve(tool).resolve(name), Conformance.file(tool, name)))
            .as("conformance/%s/%s vs %s", tool, name, shared.resolve(tool).resolve(name))
            .isEqualTo(-1L);
      }
    }
  }
}
