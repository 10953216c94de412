package org.rdrop.trainer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.evaluate.TeacherForced;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.Trainer;
import org.rdrop.trainer.model.IncrementalDecoder;
import org.rdrop.trainer.model.TransformerModel;

/** Decoding with a tiny model trained for a few seconds on the reversal task. */
class TranslationDecoderTest {
  static final int VOCAB = 24;
  @TempDir static Path dir;
  static Path run;
  static TrainedModel trained;
  static TranslationDecoder decoder;
  static List<int[]> sources = new ArrayList<>();
  static List<int[]> references = new ArrayList<>();

  @BeforeAll
  static void train() throws IOException {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 12, 16, 5, VOCAB);
    run = dir.resolve("run");
    Trainer.run(TrainOptions.builder().batches(batches).config(TestData.tinyConfig(300, 300).forMethod(Method.BASELINE))
        .method(Method.BASELINE).vocabSize(VOCAB).out(run).build());
    trained = TrainedModel.load(run);
    decoder = new TranslationDecoder(trained);
    for (Example e : TestData.reversal(7, 1, 12, 5, VOCAB).get(0)) {
      sources.add(e.source());
      references.add(e.target());
    }
  }

  @AfterAll
  static void close() {
    trained.close();
  }

  static DecodeSettings greedy() {
    return DecodeSettings.greedy(1.2, 10, 1.0);
  }

  /** The plain loop: run the whole model on the prefix, take the argmax of the last position. */
  static int[] stepByStepArgmax(int[] source, int maxLen) {
    List<Integer> prefix = new ArrayList<>(List.of(Specials.EOS));
    for (int step = 0; ; step++) {
      int t = prefix.size();
      int[] prev = prefix.stream().mapToInt(Integer::intValue).toArray();
      PaddedBatch b = new PaddedBatch(1, source.length, t, source, prev, new int[t], 0);
      float[] logits;
      try (NDScope s = new NDScope()) {
        s.suppressNotUsedWarning();
        logits = trained.model().logits(DropoutContext.inference(), trained.manager(), b)
            .get(new NDIndex("0, {}, :", t - 1)).toFloatArray();
      }
      int best = -1;
      for (int v = 0; v < logits.length; v++) {
        boolean allowed = v != Specials.PAD && (step > 0 || v != Specials.EOS) && (step < maxLen || v == Specials.EOS);
        if (allowed && (best < 0 || logits[v] > logits[best])) {
          best = v;
        }
      }
      prefix.add(best);
      if (best == Specials.EOS) {
        return prefix.subList(1, prefix.size()).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  @Test
  void greedyGivesWhatAPlainStepByStepArgmaxGives() {
    List<Hypothesis> batched = decoder.best(sources, greedy());
    for (int i = 0; i < sources.size(); i++) {
      int maxLen = greedy().maxLength(sources.get(i).length, 64);
      assertThat(batched.get(i).tokens()).as("sentence " + i).isEqualTo(stepByStepArgmax(sources.get(i), maxLen));
    }
  }

  @Test
  void theTrainedModelStartsMostHypothesesWithTheLastSourceToken() {
    // 300 updates do not learn the whole reversal, but its first step: a decoder that misread the source
    // (positions, padding, cached keys) would be right about 1 time in 20.
    List<Hypothesis> hyps = decoder.best(sources, new DecodeSettings(5, 1.2, 10, 1.0));
    long right = 0;
    for (int i = 0; i < sources.size(); i++) {
      right += hyps.get(i).tokens()[0] == references.get(i)[0] ? 1 : 0;
    }
    assertThat(right).as("of " + sources.size()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void incrementalLogProbabilitiesMatchTheFullForward() {
    TransformerModel model = (TransformerModel) trained.model();
    List<int[]> two = List.of(sources.get(0), sources.get(1));
    int s = Math.max(two.get(0).length, two.get(1).length);
    int[] padded = new int[2 * s];
    Arrays.fill(padded, Specials.PAD);
    System.arraycopy(two.get(0), 0, padded, 0, two.get(0).length);
    System.arraycopy(two.get(1), 0, padded, s, two.get(1).length);
    RecomputeScorer full = new RecomputeScorer(model, trained.manager(), two, VOCAB);
    try (IncrementalDecoder inc = model.incrementalDecoder(trained.manager(), padded, 2, s)) {
      IncrementalScorer fast = new IncrementalScorer(inc);
      int[][] prefixes = {{Specials.EOS}, {Specials.EOS}};
      // Expand to 3 rows (sentence 0 twice), then swap and drop rows, as a beam search does.
      int[][] keeps = {{0, 0, 1}, {2, 1, 0}, {1, 1}, {0, 1}};
      for (int step = 0; step <= keeps.length; step++) {
        float[] a = fast.next(prefixes);
        float[] b = full.next(prefixes);
        assertThat(a).as("step " + step).containsExactly(b, within(2e-5f));
        if (step == keeps.length) {
          break;
        }
        int[] keep = keeps[step];
        fast.reorder(keep);
        full.reorder(keep);
        int[][] next = new int[keep.length][];
        for (int r = 0; r < keep.length; r++) {
          next[r] = Arrays.copyOf(prefixes[keep[r]], step + 2);
          next[r][step + 1] = Specials.COUNT + (r + step) % (VOCAB - Specials.COUNT);
        }
        prefixes = next;
      }
      assertThat(inc.rowSources()).containsExactly(0, 0);
    }
  }

  @Test
  void beamOneIsGreedy() {
    List<Hypothesis> greedy = decoder.best(sources, greedy());
    List<List<Hypothesis>> beam1 = decoder.beams(sources, greedy());
    for (int i = 0; i < sources.size(); i++) {
      assertThat(beam1.get(i)).as("sentence " + i).containsExactly(greedy.get(i));
    }
  }

  @Test
  void batchedBeamSearchIsDeterministicAndAgreesWithOneSentenceAtATime() {
    DecodeSettings beam5 = new DecodeSettings(5, 1.2, 10, 1.0);
    List<List<Hypothesis>> first = decoder.beams(sources, beam5);
    assertThat(decoder.beams(sources, beam5)).as("second run").isEqualTo(first);
    for (int i = 0; i < sources.size(); i++) {
      List<Hypothesis> alone = decoder.beams(List.of(sources.get(i)), beam5).get(0);
      assertThat(alone).as("sentence " + i).hasSize(5);
      assertThat(alone).extracting(Hypothesis::tokens).as("sentence " + i)
          .containsExactlyElementsOf(first.get(i).stream().map(Hypothesis::tokens).toList());
      assertThat(alone.get(0).score()).isCloseTo(first.get(i).get(0).score(), within(1e-5f));
    }
  }

  @Test
  void maxLengthIsRespected() {
    DecodeSettings short2 = new DecodeSettings(3, 0, 2, 1.0);
    for (List<Hypothesis> hyps : decoder.beams(sources, short2)) {
      assertThat(hyps).allSatisfy(h -> assertThat(h.tokens().length).isBetween(2, 3));
    }
    for (Hypothesis h : decoder.best(sources, DecodeSettings.greedy(0, 1, 1.0))) {
      assertThat(h.tokens()).hasSize(2).endsWith(Specials.EOS);
    }
  }

  @Test
  void teacherForcedScoresCoverTheBatchFileAndBeatAUniformModel() throws IOException {
    List<TeacherForced.Score> scores = TeacherForced.sentences(trained, dir.resolve("train.batches"));
    assertThat(scores).hasSize(12 * 16);
    assertThat(scores.stream().mapToLong(TeacherForced.Score::tokens).sum())
        .isEqualTo(TestData.reversal(1, 12, 16, 5, VOCAB).stream().flatMap(List::stream)
            .mapToLong(e -> e.target().length).sum());
    // A uniform model over the 24 ids has perplexity 24; the trained one is far below.
    assertThat(TeacherForced.perplexity(scores)).isBetween(1.0, 8.0);
    assertThatThrownBy(() -> TeacherForced.classify(trained, dir.resolve("train.batches")))
        .hasMessageContaining("vit");
  }

  @Test
  void badSourcesAndTamperedParametersAreRefused(@TempDir Path tmp) throws IOException {
    assertThatThrownBy(() -> decoder.best(List.of(new int[] {5, 6}), greedy())).hasMessageContaining("eos");
    assertThatThrownBy(() -> decoder.best(List.of(new int[] {5, 99, 2}), greedy())).hasMessageContaining("id 99");
    Path copy = Files.createDirectories(tmp.resolve("run"));
    for (String f : List.of("run.json", "summary.json", "model.params")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    byte[] params = Files.readAllBytes(copy.resolve("model.params"));
    params[params.length / 2] ^= 1;
    Files.write(copy.resolve("model.params"), params);
    assertThatThrownBy(() -> TrainedModel.load(copy)).hasMessageContaining("does not match summary.json");
  }
}
