package org.rdrop.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeTypeTest {
  @Test
  void namesAsRougeScore() {
    assertThat(RougeType.parseList("rouge3,rougeLsum"))
        .extracting(RougeType::name, RougeType::kind, RougeType::n)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rouge3", RougeType.Kind.NGRAM, 3),
            org.assertj.core.groups.Tuple.tuple("rougeLsum", RougeType.Kind.SUMMARY_LCS, 0));
    assertThatThrownBy(() -> RougeType.parse("rouge0")).hasMessageContaining("'rouge0' is not a ROUGE type");
    assertThatThrownBy(() -> RougeType.parse("rougel")).hasMessageContaining("'rougel' is not a ROUGE type");
    assertThatThrownBy(() -> RougeType.parseList("rouge1,rouge1")).hasMessage("rouge1 is named twice");
  }

  @Test
  void rouge3CountsTrigrams() {
    // Target trigrams: a b c, b c d; prediction: a b c, b c e: one shared of two each.
    Map<String, Score> s = new RougeScorer(RougeType.parseList("rouge3"), false).score("a b c d", "a b c e");
    assertThat(s.get("rouge3")).isEqualTo(new Score(0.5, 0.5, 0.5));
  }
}
