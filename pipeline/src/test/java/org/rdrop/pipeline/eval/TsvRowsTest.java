package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvRowsTest {
  @TempDir Path tmp;

  @Test
  void rowsParseUnderTheirHeaderAndABadRowIsNamedByFileAndLineWithoutItsContent() throws Exception {
    Path f = tmp.resolve("s.tsv");
    Files.writeString(f, "a\tb\n1\t2\n3\t4\n");
    assertThat(TsvRows.read(f, "a\tb", r -> Integer.parseInt(r[0]) + Integer.parseInt(r[1]))).containsExactly(3, 7);

    Files.writeString(f, "a\tb\n1\t2\nsecret\t4\n");
    assertThatThrownBy(() -> TsvRows.read(f, "a\tb", r -> Integer.parseInt(r[0])))
        .hasMessageStartingWith(f + ":3: ").hasMessageNotContaining("4\n");
    Files.writeString(f, "a\tb\n1\n");
    assertThatThrownBy(() -> TsvRows.read(f, "a\tb", r -> r)).hasMessage(f + ":2: expected 2 columns, found 1");
    Files.writeString(f, "x\ty\n");
    assertThatThrownBy(() -> TsvRows.read(f, "a\tb", r -> r)).hasMessage(f + ":1: expected the header 'a b'");
  }
}
