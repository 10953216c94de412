package org.rdrop.text.bpe;

import org.rdrop.testkit.junit.Conformance;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Byte-for-byte agreement with subword-nmt 0.3.9's outputs on the shared reference files. */
class ConformanceTest {

  @Test
  void learnsTheReferenceCodesFromTrainEs() {
    WordCounter counter = new WordCounter().addText(Conformance.text("bpe", "train.es"));
    BpeCodes codes = BpeLearner.withSymbols(2000).learn(counter.counts());
    assertThat(codes.toFileText()).isEqualTo(Conformance.text("bpe", "codes.2000"));
  }

  @Test
  void appliesTheReferenceCodesLikeApplyBpe() {
    BpeCodes codes = BpeCodes.parse(Conformance.text("bpe", "codes.2000"), "codes.2000", -1);
    assertThat(new BpeSegmenter(codes).processText(Conformance.text("bpe", "apply-input.es")))
        .isEqualTo(Conformance.text("bpe", "apply-expected.es"));
  }

  @Test
  void keepsLeadingAndTrailingSpacesAndTreatsNoBreakSpaceAsPartOfAWord() {
    BpeCodes codes = BpeCodes.parse(Conformance.text("bpe", "codes.2000"), "codes.2000", -1);
    assertThat(new BpeSegmenter(codes).processText(Conformance.text("bpe", "edge-input.txt")))
        .isEqualTo(Conformance.text("bpe", "edge-expected.txt"));
  }

  @Test
  void appliesTheReferenceCodesOnUtf8Bytes() throws Exception {
    BpeCodes codes = BpeCodes.parse(Conformance.text("bpe", "codes.2000"), "codes.2000", -1);
    for (String[] io : new String[][] {{"apply-input.es", "apply-expected.es"}, {"edge-input.txt", "edge-expected.txt"}}) {
      assertThat(new BpeSegmenter(codes).processUtf8(Files.readAllBytes(Conformance.file("bpe", io[0])), io[0]))
          .isEqualTo(Files.readAllBytes(Conformance.file("bpe", io[1])));
    }
  }
}
