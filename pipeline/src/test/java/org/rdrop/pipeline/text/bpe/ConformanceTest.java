package org.rdrop.pipeline.text.bpe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byte-for-byte agreement with subword-nmt 0.3.9's outputs on the shared reference files. */
class ConformanceTest {

  @Test
  void learnsTheReferenceCodesFromTrainEs() {
    WordCounter counter = new WordCounter().addText(ConformanceFiles.text("train.es"));
    BpeCodes codes = BpeLearner.withSymbols(2000).learn(counter.counts());
    assertThat(codes.toFileText()).isEqualTo(ConformanceFiles.text("codes.2000"));
  }

  @Test
  void appliesTheReferenceCodesLikeApplyBpe() {
    BpeCodes codes = BpeCodes.parse(ConformanceFiles.text("codes.2000"), "codes.2000", -1);
    assertThat(new BpeSegmenter(codes).processText(ConformanceFiles.text("apply-input.es")))
        .isEqualTo(ConformanceFiles.text("apply-expected.es"));
  }

  @Test
  void keepsLeadingAndTrailingSpacesAndTreatsNoBreakSpaceAsPartOfAWord() {
    BpeCodes codes = BpeCodes.parse(ConformanceFiles.text("codes.2000"), "codes.2000", -1);
    assertThat(new BpeSegmenter(codes).processText(ConformanceFiles.text("edge-input.txt")))
        .isEqualTo(ConformanceFiles.text("edge-expected.txt"));
  }
}
