package org.rdrop.text.bpe;

import org.rdrop.testkit.junit.Conformance;
import static org.assertj.core.api.Assertions.assertThat;

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
}
