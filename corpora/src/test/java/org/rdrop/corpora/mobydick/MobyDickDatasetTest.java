package org.rdrop.corpora.mobydick;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class MobyDickDatasetTest {

  @Test
  void partsAreInBookOrder() {
    var parts = MobyDickDataset.parts();
    assertThat(parts).hasSize(138);
    assertThat(parts.get(0).file()).isEqualTo("etymology.txt");
    assertThat(parts.get(1).file()).isEqualTo("extracts.txt");
    assertThat(parts.get(2).file()).isEqualTo("chapter_1.txt");
    assertThat(parts.get(136).file()).isEqualTo("chapter_135.txt");
    assertThat(parts.get(137).file()).isEqualTo("epilogue.txt");
  }

  @Test
  void splitByLastDigitOfTheChapterNumber() {
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_10.txt", 10))).isEqualTo("test");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_130.txt", 130))).isEqualTo("test");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_5.txt", 5))).isEqualTo("valid");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_135.txt", 135))).isEqualTo("valid");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_1.txt", 1))).isEqualTo("train");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("chapter_99.txt", 99))).isEqualTo("train");
    assertThat(MobyDickDataset.split(new MobyDickDataset.Part("epilogue.txt", 0))).isEqualTo("train");
    long test = MobyDickDataset.parts().stream().filter(p -> MobyDickDataset.split(p).equals("test")).count();
    long valid = MobyDickDataset.parts().stream().filter(p -> MobyDickDataset.split(p).equals("valid")).count();
    assertThat(test).isEqualTo(13);
    assertThat(valid).isEqualTo(14);
  }

  @Test
  void paragraphsDropBlankLinesAndCollapseSpaces() {
    assertThat(MobyDickDataset.paragraphs("CHAPTER 1. Loomings.\n\nCall me  Ishmael.\r\n \n\tSome\u00A0years ago.\n"))
        .containsExactly("CHAPTER 1. Loomings.", "Call me Ishmael.", "Some years ago.");
  }

  @Test
  void buildsThreeFilesInBookOrder() {
    Map<String, byte[]> members = new HashMap<>();
    for (MobyDickDataset.Part p : MobyDickDataset.parts()) {
      members.put(MobyDickDataset.DATA + p.file(), ("Part " + p.file() + "\n\nText of " + p.file() + ".\n").getBytes(StandardCharsets.UTF_8));
    }
    SortedMap<String, byte[]> files = new MobyDickDataset().build(Map.of(MobyDickDataset.PACKAGE, members));
    String test = new String(files.get("test.txt"), StandardCharsets.UTF_8);
    assertThat(test).startsWith("Part chapter_10.txt\nText of chapter_10.txt.\nPart chapter_20.txt\n");
    assertThat(test.split("\n")).hasSize(26);
    String train = new String(files.get("train.txt"), StandardCharsets.UTF_8);
    assertThat(train).startsWith("Part etymology.txt\nText of etymology.txt.\nPart extracts.txt\n");
    assertThat(train).endsWith("Part epilogue.txt\nText of epilogue.txt.\n");
    assertThat(new String(files.get("valid.txt"), StandardCharsets.UTF_8)).startsWith("Part chapter_5.txt\n");
  }
}
