package org.rdrop.trainer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecodeSettingsTest {
  @Test
  void maxLengthIsPythonsIntOfAXPlusBCappedByThePositions() {
    // Python: int(1.2 * 11 + 10) == 23 (1.2 * 11 is 13.200000000000001); int(1.2 * 5 + 10) == 16.
    assertThat(new DecodeSettings(5, 1.2, 10, 1.0).maxLength(11, 256)).isEqualTo(23);
    assertThat(new DecodeSettings(5, 1.2, 10, 1.0).maxLength(5, 256)).isEqualTo(16);
    // fairseq-generate's defaults a = 0, b = 200; and the cap max_positions - 1.
    assertThat(new DecodeSettings(5, 0, 200, 1.0).maxLength(40, 1024)).isEqualTo(200);
    assertThat(new DecodeSettings(5, 0, 200, 1.0).maxLength(40, 128)).isEqualTo(127);
    // 0.3 * 10 is 3.0000000000000004 in binary64, so int(...) is 3 (not 2.99.. -> 2).
    assertThat(new DecodeSettings(1, 0.3, 0, 1.0).maxLength(10, 256)).isEqualTo(3);
  }

  @Test
  void fairseqDefaultsUnlessAMinLengthOrNGramBlockingIsGiven() {
    DecodeSettings plain = new DecodeSettings(4, 0, 140, 2.0);
    assertThat(plain.constraints()).isEqualTo(TokenConstraints.DEFAULT);
    assertThat(plain).isEqualTo(new DecodeSettings(4, 0, 140, 2.0, 1, 0));
    assertThat(new DecodeSettings(4, 0, 140, 2.0, 55, 3).constraints()).isEqualTo(new TokenConstraints(55, 3));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DecodeSettings(4, 0, 140, 2.0, 0, 3))
        .hasMessage("min_len must be >= 1, got 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DecodeSettings(4, 0, 140, 2.0, 1, -1))
        .hasMessage("no_repeat_ngram_size must be >= 0 (0 = off), got -1");
  }
}
