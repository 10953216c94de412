package org.rdrop.pipeline.task.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.evaluate.TeacherForced;
import org.rdrop.trainer.model.TransformerLm;
import org.rdrop.trainer.model.TransformerSpec;

/** Perplexity as the report computes it (per-block rows, the paired bootstrap's full-sample value) against hand arithmetic. */
class PerplexityTest {
  @Test
  void perplexityIsExpOfTheMeanNllOverAllScoredTokens() {
    // Block 1 scores two tokens with p = 1/2 and 1/4, block 2 one token with p = 1/8:
    // nll = ln 2 + ln 4 + ln 8 = 6 ln 2 over 3 tokens, mean 2 ln 2 nats = 2 bits, perplexity 2^2 = 4.
    List<TeacherForced.Score> blocks = List.of(
        new TeacherForced.Score(0, -Math.log(0.5) - Math.log(0.25), 2),
        new TeacherForced.Score(1, -Math.log(0.125), 1));
    double[][] rows = EvaluateLanguageModel.rows(blocks);
    PairedItemBootstrap.Result r =
        PairedItemBootstrap.run(rows, rows, BootstrapInterval.PERPLEXITY, 200, 7, "test");
    assertThat(r.baseline()).isCloseTo(4.0, within(1e-12));
    assertThat(r.rdrop()).isCloseTo(4.0, within(1e-12));
    assertThat(r.delta()).isZero();
    assertThat(r.deltaInterval().lower()).isZero();
    assertThat(r.deltaInterval().upper()).isZero();
    // Not the mean of per-block perplexities (exp(ln 8 / 2) = 2.83 and 8: mean 5.41): tokens weigh equally.
    assertThat(r.baseline()).isNotCloseTo((Math.sqrt(8) + 8) / 2, within(0.1));
  }

  @Test
  void aModelThatPredictsUniformlyHasThePerplexityOfItsVocabularyWhateverTheContextWindow() {
    int vocab = 24;
    // All parameters zero: every layer outputs zeros (post-norm gains are zero), so the logits are all zero
    // and p(token) = 1 / vocab at every position: nll = ln 24 per scored token, perplexity exactly 24.
    EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager();
        TransformerLm lm = new TransformerLm(new TransformerSpec(vocab, 8, 16, 2, 0, 1, true, 16))) {
      lm.initialize(m, 1, null);
      LinkedHashMap<String, float[]> zeros = lm.parameters().snapshot();
      zeros.values().forEach(a -> java.util.Arrays.fill(a, 0f));
      try (TransformerLm uniform = new TransformerLm(new TransformerSpec(vocab, 8, 16, 2, 0, 1, true, 16))) {
        uniform.initialize(m, 1, zeros);
        int[] stream = new int[37];
        for (int i = 0; i < stream.length; i++) {
          stream[i] = 4 + (i * 7) % (vocab - 4);
        }
        for (int[] blockAndContext : new int[][] {{8, 0}, {5, 8}, {16, 0}, {3, 13}}) {
          List<TeacherForced.Score> s = TeacherForced.languageModel(uniform, m, stream, blockAndContext[0],
              blockAndContext[1], 16, 4);
          assertThat(s.stream().mapToLong(TeacherForced.Score::tokens).sum()).as("every token scored once")
              .isEqualTo(37);
          double[][] rows = EvaluateLanguageModel.rows(s);
          double ppl = PairedItemBootstrap.run(rows, rows, BootstrapInterval.PERPLEXITY, 10, 1, "t").baseline();
          assertThat(ppl).as("block %d, context %d", blockAndContext[0], blockAndContext[1])
              .isCloseTo(24.0, within(24.0 * 1e-5));
        }
      }
    }
  }
}
