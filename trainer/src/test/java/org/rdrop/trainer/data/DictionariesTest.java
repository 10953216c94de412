package org.rdrop.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {
  @TempDir Path dir;

  @Test
  void sizeIsTheSpecialsPlusOneSymbolALine() throws IOException {
    Path f = Files.writeString(dir.resolve("dict.txt"), "a 5\nb 2\n");
    assertThat(Dictionaries.size(f)).isEqualTo(4 + 2);
  }

  @Test
  void aBadLineIsNamedByFileAndLineWithoutItsContent() throws IOException {
    Path f = Files.writeString(dir.resolve("dict.txt"), "a 5\nroot:x:0:0:root:/root:/bin/bash\n");
    assertThatThrownBy(() -> Dictionaries.size(f)).hasMessage(f + ":2: expected '<symbol> <count>'");
    Path g = Files.writeString(dir.resolve("dict2.txt"), "a secret\n");
    assertThatThrownBy(() -> Dictionaries.size(g)).hasMessage(g + ":1: the count is not a whole number").hasNoCause();
  }
}
