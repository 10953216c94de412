package org.rdrop.corpora.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

public class DigitsDatasetTest {

  /** A CSV row of 64 equal pixels and a label (public: DataImporterTest builds a package of them). */
  public static String row(int pixel, int label) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      sb.append(pixel).append(',');
    }
    return sb.append(label).toString();
  }

  @Test
  void splitsPerClassByOccurrence() {
    // Rows alternate label 3 and label 7, 24 rows: each label occurs 12 times (k = 0..11).
    StringBuilder csv = new StringBuilder();
    for (int r = 0; r < 24; r++) {
      csv.append(row(r % 17, r % 2 == 0 ? 3 : 7)).append('\n');
    }
    SortedMap<String, byte[]> files = new DigitsDataset().files(csv.toString());
    // Label 3 is on rows 1,3,5,...(1-based): its k=8 is row 17, k=9 is row 19. Label 7: k=8 row 18, k=9 row 20.
    assertThat(text(files, "valid.ids")).isEqualTo("17\n18\n");
    assertThat(text(files, "test.ids")).isEqualTo("19\n20\n");
    assertThat(text(files, "test.csv")).isEqualTo(row(18 % 17, 3) + "\n" + row(19 % 17, 7) + "\n");
    assertThat(text(files, "train.ids").split("\n")).hasSize(20);
  }

  private static String text(SortedMap<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void badRowsAreRejectedNamingLineAndField() {
    assertThatThrownBy(() -> DigitsDataset.check("1,2,3", 5))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("digits.csv.gz line 5: expected 65 fields, found 3");
    assertThatThrownBy(() -> DigitsDataset.check(row(17, 1), 2))
        .hasMessageContaining("line 2, field 1: expected an integer 0..16");
    assertThatThrownBy(() -> DigitsDataset.check(row(0, 10), 3))
        .hasMessageContaining("line 3, field 65: expected an integer 0..9");
    assertThatThrownBy(() -> DigitsDataset.check(row(0, 1).replaceFirst("0", "x"), 4))
        .hasMessageContaining("line 4, field 1: not an integer: 'x'");
    assertThatThrownBy(() -> DigitsDataset.check(row(0, 1).replaceFirst("0", "07"), 4))
        .hasMessageContaining("found '07'");
    assertThat(DigitsDataset.check(row(16, 9), 1)).isEqualTo(9);
  }
}
