package org.rdrop.trainer.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.model.IncrementalDecoder;
import org.rdrop.trainer.model.TransformerModel;

/**
 * Translates source id sequences with a trained encoder-decoder: beam search (or greedy for beam 1)
 * over the incremental decoder, several sentences per call. One instance per thread.
 */
public final class TranslationDecoder {
  private final TrainedModel trained;
  private final TransformerModel model;

  public TranslationDecoder(TrainedModel trained) {
    if (!(trained.model() instanceof TransformerModel t)) {
      throw new IllegalArgumentException(
          "decoding needs an encoder-decoder (arch transformer), this run has " + trained.model().arch());
    }
    this.trained = trained;
    this.model = t;
  }

  /** The best hypothesis per source (each source ends with eos). */
  public List<Hypothesis> best(List<int[]> sources, DecodeSettings settings) {
    if (settings.beam() == 1) {
      return run(sources, settings, true).get(0);
    }
    List<List<Hypothesis>> all = run(sources, settings, false);
    List<Hypothesis> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).isEmpty()) {
        throw new IllegalStateException("sentence " + i + ": beam search finished no hypothesis");
      }
      out.add(all.get(i).get(0));
    }
    return out;
  }

  /** All finished hypotheses per source, best first (beam search even for beam 1). */
  public List<List<Hypothesis>> beams(List<int[]> sources, DecodeSettings settings) {
    return run(sources, settings, false);
  }

  /** Throws if {@code source} cannot be decoded: it must end with eos, fit the positions, hold no pad. */
  public void check(int[] source) {
    int maxPositions = trained.config().model().maxPositions();
    if (source.length == 0 || source[source.length - 1] != Specials.EOS) {
      throw new IllegalArgumentException("source does not end with eos: " + Arrays.toString(source));
    }
    if (source.length > maxPositions) {
      throw new IllegalArgumentException(
          "source has " + source.length + " tokens (eos included), more than max_positions " + maxPositions);
    }
    for (int id : source) {
      if (id < 0 || id >= trained.vocabSize() || id == Specials.PAD) {
        throw new IllegalArgumentException("source holds id " + id + " (vocabulary of " + trained.vocabSize() + ")");
      }
    }
  }

  /** With {@code greedy}, a single list holding one hypothesis per source. */
  private List<List<Hypothesis>> run(List<int[]> sources, DecodeSettings settings, boolean greedy) {
    if (sources.isEmpty()) {
      return greedy ? List.of(List.of()) : List.of();
    }
    trained.useRunThreads();
    int maxPositions = trained.config().model().maxPositions();
    int rows = sources.size();
    int srcLen = 0;
    int[] maxLens = new int[rows];
    for (int i = 0; i < rows; i++) {
      int[] s = sources.get(i);
      try {
        check(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("source " + i + ": " + e.getMessage(), e);
      }
      srcLen = Math.max(srcLen, s.length);
      maxLens[i] = settings.maxLength(s.length, maxPositions);
    }
    int[] padded = new int[rows * srcLen];
    Arrays.fill(padded, Specials.PAD);
    for (int i = 0; i < rows; i++) {
      System.arraycopy(sources.get(i), 0, padded, i * srcLen, sources.get(i).length);
    }
    try (IncrementalDecoder decoder = model.incrementalDecoder(trained.manager(), padded, rows, srcLen)) {
      StepScorer scorer = new IncrementalScorer(decoder);
      if (greedy) {
        return List.of(Greedy.search(scorer, maxLens, settings.lengthPenalty(), settings.constraints()));
      }
      return BeamSearch.search(scorer, maxLens, settings.beam(), settings.lengthPenalty(), settings.constraints());
    }
  }
}
