package org.rdrop.trainer.decode;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.model.IncrementalDecoder;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.model.TransformerModel;
import org.rdrop.random.KeyedRandom;

/**
 * Decoding throughput of an experiment's model shape on synthetic sentences: beam search over the
 * incremental decoder for several batch sizes, and the full-recompute decoder for comparison. Weights
 * are the seeded initialisation; such a model almost never ranks eos high, so every hypothesis runs to
 * the max length, which is set to the output length asked for (max_len_a 0, max_len_b = length).
 */
public final class DecodeBenchmark {
  private DecodeBenchmark() {}

  /**
   * One timing: sentences decoded, wall-clock and process CPU seconds (all threads; on a shared machine
   * the CPU time is the steadier figure), mean hypothesis length (eos included).
   */
  public record Figure(String decoder, int batch, int sentences, double seconds, double cpuSeconds, double meanLength) {
    public double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  public static List<Figure> run(TrainConfig c, int vocab, int sentences, int srcLen, int outLen, int beam,
      int[] batches, int recomputeSentences) {
    EngineSetup.start(c.threads());
    List<int[]> sources = new ArrayList<>();
    KeyedRandom r = KeyedRandom.of(c.seed(), "bench-decode");
    for (int i = 0; i < sentences; i++) {
      int[] s = new int[srcLen];
      for (int t = 0; t < srcLen - 1; t++) {
        s[t] = Specials.COUNT + r.nextInt(i, t, vocab - Specials.COUNT);
      }
      s[srcLen - 1] = Specials.EOS;
      sources.add(s);
    }
    DecodeSettings settings = new DecodeSettings(beam, 0, outLen, 1.0);
    List<Figure> out = new ArrayList<>();
    try (NDManager manager = NDManager.newBaseManager();
        SequenceModel model = Models.create(c.model(), vocab)) {
      model.initialize(manager, c.seed(), null);
      for (var a : model.parameters().arrays()) {
        a.setRequiresGradient(false);
      }
      TransformerModel t = (TransformerModel) model;
      int[] maxLens = new int[sentences];
      Arrays.fill(maxLens, settings.maxLength(srcLen, c.model().maxPositions()));
      // Warm-up: the first calls pay for kernel selection and class loading.
      time("warm-up", 2, sources.subList(0, Math.min(4, sentences)), maxLens, beam, manager, t, false);
      for (int b : batches) {
        out.add(time("incremental", b, sources, maxLens, beam, manager, t, false));
      }
      if (recomputeSentences > 0) {
        out.add(time("recompute", 1, sources.subList(0, recomputeSentences), maxLens, beam, manager, t, true));
      }
    }
    return out;
  }

  private static Figure time(String name, int batch, List<int[]> sources, int[] maxLens, int beam,
      NDManager manager, TransformerModel model, boolean recompute) {
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    long tokens = 0;
    for (int from = 0; from < sources.size(); from += batch) {
      List<int[]> group = sources.subList(from, Math.min(sources.size(), from + batch));
      int[] lens = Arrays.copyOfRange(maxLens, from, from + group.size());
      int s = group.get(0).length;
      int[] padded = new int[group.size() * s];
      for (int i = 0; i < group.size(); i++) {
        System.arraycopy(group.get(i), 0, padded, i * s, s);
      }
      List<List<Hypothesis>> hyps;
      if (recompute) {
        RecomputeScorer scorer = new RecomputeScorer(model, manager, group, vocabOf(model));
        hyps = BeamSearch.search(scorer, lens, beam, 1.0);
      } else {
        try (IncrementalDecoder d = model.incrementalDecoder(manager, padded, group.size(), s)) {
          hyps = BeamSearch.search(new IncrementalScorer(d), lens, beam, 1.0);
        }
      }
      for (List<Hypothesis> h : hyps) {
        tokens += h.get(0).tokens().length;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    return new Figure(name, batch, sources.size(), secs, cpu, (double) tokens / sources.size());
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int vocabOf(TransformerModel model) {
    return (int) model.outputWeight().getShape().get(0);
  }
}
