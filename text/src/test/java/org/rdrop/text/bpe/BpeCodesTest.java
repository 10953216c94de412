package org.rdrop.text.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpeCodesTest {

  @Test
  void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
    BpeCodes codes = BpeCodes.of(List.of(new String[] {"a", "b</w>"}, new String[] {"\u00a0", "c"}));
    assertThat(codes.toFileText()).isEqualTo("#version: 0.2\na b</w>\n\u00a0 c\n");
    Path f = Files.writeString(dir.resolve("codes"), codes.toFileText(), StandardCharsets.UTF_8);
    assertThat(BpeCodes.read(f)).isEqualTo(codes);
  }

  @Test
  void readsLikeApplyBpe() {
    BpeCodes codes = BpeCodes.parse("#version: 0.2\r\n a b \r\nc d\n\n\n", "x", -1);
    assertThat(codes.merges()).containsExactly(new String[] {"a", "b"}, new String[] {"c", "d"});
    assertThat(BpeCodes.parse("#version: 0.2\na b\nc d\n", "x", 1).size()).isEqualTo(1);
  }

  @Test
  void badLinesAreReportedWithFileAndLineNumber() {
    assertThatThrownBy(() -> BpeCodes.parse("#version: 0.2\na b\na b c\n", "codes.txt", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codes.txt:3: invalid line in BPE codes file (expected exactly two symbols separated by one space)");
    assertThatThrownBy(() -> BpeCodes.parse("#version: 0.2\na b\n\nc d\n", "codes.txt", -1))
        .hasMessageStartingWith("codes.txt:3:");
    assertThatThrownBy(() -> BpeCodes.parse("a b\n", "codes.txt", -1))
        .hasMessage("codes.txt:1: not a BPE codes file: the first line is not '#version: 0.2'");
    assertThatThrownBy(() -> BpeCodes.parse("#version: 0.2 byte\n", "codes.txt", -1))
        .hasMessage("codes.txt:1: unsupported codes file version (only 0.2 is supported)");
    assertThatThrownBy(() -> BpeCodes.parse("#version: 0.1\n", "codes.txt", -1))
        .hasMessage("codes.txt:1: unsupported codes file version 0.1 (only 0.2 is supported)");
  }

  @Test
  void errorsDoNotEchoTheFile() {
    String secret = "root:x:0:0:root:/root:/bin/bash\n";
    assertThatThrownBy(() -> BpeCodes.parse(secret, "f", -1)).message().doesNotContain("root");
    assertThatThrownBy(() -> BpeCodes.parse("#version: 0.2\n" + secret, "f", -1)).message()
        .isEqualTo("f:2: invalid line in BPE codes file (expected exactly two symbols separated by one space)");
  }

  @Test
  void mergesBeyondTheLimitAreNotChecked() {
    // apply_bpe.py filters by --merges before validating.
    assertThat(BpeCodes.parse("#version: 0.2\na b\nbroken\n", "x", 1).size()).isEqualTo(1);
  }
}
