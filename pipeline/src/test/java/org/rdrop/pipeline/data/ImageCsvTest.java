package org.rdrop.pipeline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image CSV lines: values rescaled, and every bad field named by file:line:column. */
class ImageCsvTest {
  @TempDir Path dir;

  /** 2x2 images of values 0..16, classes 0..2: 4 pixels and the class. */
  private final ImageCsv csv = new ImageCsv(4, 16, 3);

  @Test
  void pixelsAreRescaledTo255AndTheClassBecomesALabelId() throws IOException {
    Path f = dir.resolve("train.csv");
    Files.writeString(f, "0,16,8,1,2\n4,12,15,3,0\n", StandardCharsets.UTF_8);
    var images = csv.read(f);
    // round(v * 255 / 16): 8 -> 127.5 -> 128, 1 -> 15.94 -> 16, 4 -> 63.75 -> 64, 12 -> 191.25 -> 191, 15 -> 239.06 -> 239, 3 -> 47.81 -> 48.
    assertThat(images.get(0).pixels()).containsExactly(0, 255, 128, 16);
    assertThat(images.get(0).label()).isEqualTo(2);
    assertThat(images.get(0).classId()).isEqualTo(6);
    assertThat(images.get(1).pixels()).containsExactly(64, 191, 239, 48);
    assertThat(images.get(1).line()).isEqualTo(2);
  }

  @Test
  void aBadValueNamesFileLineAndColumn() throws IOException {
    Path f = dir.resolve("valid.csv");
    Files.writeString(f, "0,1,2,3,0\n0,1,x7,3,1\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> csv.read(f))
        .isInstanceOf(CorpusFormatException.class)
        .hasMessage(f + ":2:5: field 3: pixel value 'x7' is not a plain integer 0..16");
  }

  @Test
  void eachKindOfBadLineIsNamed() {
    assertThatThrownBy(() -> csv.parse("t.csv", 4, "0,1,17,3,0"))
        .hasMessage("t.csv:4:5: field 3: pixel value 17 is outside 0..16");
    assertThatThrownBy(() -> csv.parse("t.csv", 1, "0,1,2,3,3"))
        .hasMessage("t.csv:1:9: field 5: class 3 is outside 0..2");
    assertThatThrownBy(() -> csv.parse("t.csv", 2, "0,1,2,3"))
        .hasMessage("t.csv:2:8: field 4: the line has 4 fields, expected 5 (4 pixels and the class)");
    assertThatThrownBy(() -> csv.parse("t.csv", 3, "0,1,2,3,1,5"))
        .hasMessage("t.csv:3:11: field 6: more than the 5 fields of a line (4 pixels and the class)");
    assertThatThrownBy(() -> csv.parse("t.csv", 5, "0,1,,3,1"))
        .hasMessage("t.csv:5:5: field 3: pixel value '' is not a plain integer 0..16");
    assertThatThrownBy(() -> csv.parse("t.csv", 6, "0,-1,2,3,1"))
        .hasMessage("t.csv:6:3: field 2: pixel value '-1' is not a plain integer 0..16");
    assertThatThrownBy(() -> csv.parse("t.csv", 7, "0, 1,2,3,1"))
        .hasMessage("t.csv:7:3: field 2: pixel value ' 1' is not a plain integer 0..16");
  }
}
