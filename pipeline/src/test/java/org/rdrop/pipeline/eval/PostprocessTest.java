package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rdrop.pipeline.text.vocab.Dictionary;

class PostprocessTest {
  @Test
  void removeBpeIsFairseqsSubwordNmtPostProcess() {
    // (line + ' ').replace('@@ ', '').rstrip(), worked out by hand.
    assertThat(Postprocess.removeBpe("y en@@ tonces dijo")).isEqualTo("y entonces dijo");
    assertThat(Postprocess.removeBpe("a@@ b@@ c d")).isEqualTo("abc d");
    assertThat(Postprocess.removeBpe("fin@@")).isEqualTo("fin");
    assertThat(Postprocess.removeBpe("x @@ y")).isEqualTo("x y");
    assertThat(Postprocess.removeBpe("")).isEmpty();
    // rstrip removes Python whitespace such as U+3000 and U+001F, but not U+200B (not isspace).
    assertThat(Postprocess.removeBpe("a\u3000\u001f")).isEqualTo("a");
    assertThat(Postprocess.removeBpe("a\u200b")).isEqualTo("a\u200b");
  }

  @Test
  void symbolsLeaveOutEosAndBosAndSpellUnknownAsFairseq() {
    Dictionary d = Dictionary.build(Map.of("casa", 5L, "la@@", 3L), 0, 1);
    int casa = d.id("casa");
    int la = d.id("la@@");
    assertThat(Postprocess.symbols(new int[] {la, casa, 3, 0, 2}, d)).isEqualTo("la@@ casa <unk>");
    assertThat(Postprocess.symbols(new int[] {}, d)).isEmpty();
  }
}
