package org.rdrop.pipeline.task.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Report;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.PaperRows;
import org.rdrop.pipeline.eval.TsvRows;
import org.rdrop.pipeline.prepare.LmLayout;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.evaluate.TeacherForced;
import org.rdrop.trainer.model.TransformerLm;

/**
 * Test and validation perplexity of baseline and R-Drop language models as {@code fairseq-eval-lm
 * --context-window C} scores it: a split's token stream (its blocks in {@code data/<split>.batches}, joined
 * in block order)
 * is cut into blocks of {@code tokens_per_sample - C} scored tokens, each read after up to C preceding
 * tokens ({@link org.rdrop.trainer.evaluate.ContextWindows}); perplexity is exp(total nll / scored tokens),
 * which is fairseq's 2^(loss in bits). Every stream token is scored once, {@code </s>} included.
 *
 * <p>The delta's 95% interval and p-value come from a paired bootstrap over those evaluation blocks
 * (tokens inside a block are not independent, so blocks are the resampling unit). Each method's per-block
 * scores go to {@code <method>/lm-scores.<split>.tsv}, recorded in stage {@code evaluate-<method>-<split>}.
 */
public final class EvaluateLanguageModel {
  public static final String SPLIT = "test";
  /**
   * Both held-out splits, scored the same way, so validation and test perplexity can be compared (the
   * trainer's valid.tsv scores training-sized blocks without context, a different measurement).
   */
  public static final List<String> SPLITS = List.of("test", "valid");
  public static final int BOOTSTRAP_SAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 12345;
  static final String PURPOSE = "bootstrap/perplexity";
  /** Evaluation blocks that share a forward pass (changes no score beyond float summation order). */
  static final int BLOCKS_PER_BATCH = 16;

  private EvaluateLanguageModel() {}

  public static List<Report.Metric> run(Path runDir, PublishedResult paper) throws IOException {
    for (String split : SPLITS) {
      score(runDir, split);
    }
    return metrics(runDir, paper);
  }

  /**
   * The perplexity rows from the per-block scores in {@code <method>/lm-scores.<split>.tsv}: what {@link #run}
   * reports, and what {@code rdrop check} re-derives from the run's files without a model.
   */
  public static List<Report.Metric> metrics(Path runDir, PublishedResult paper) throws IOException {
    List<Report.Metric> metrics = new ArrayList<>();
    for (String split : SPLITS) {
      metrics.add(metric(runDir, split, split.equals(SPLIT) ? paper : null));
    }
    return metrics;
  }

  /** The split's token stream: its blocks in {@code data/<split>.batches}, joined in block order. */
  private static int[] stream(Path runDir, String split) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    Path batches = new LmLayout(runDir).batches(split);
    RunArtifacts.requireUnchanged(runDir, manifestFile, ManifestJson.read(manifestFile), batches, "preparation", "");
    List<Example> blocks = new ArrayList<>();
    BatchFile.read(batches).forEach(blocks::addAll);
    return TokenBlocks.join(blocks);
  }

  /** Scores one split with both models and records stage {@code evaluate-<method>-<split>} for each. */
  static void score(Path runDir, String split) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    RunManifest manifest = ManifestJson.read(manifestFile);
    ExperimentConfig config = Experiments.configOf(manifest, manifestFile);
    int[] stream = stream(runDir, split);
    int context = config.languageModel().contextWindow();
    int scored = config.languageModel().tokensPerSample() - context;
    for (Method m : Method.BOTH) {
      MethodDirectory dir = RunDirectory.of(runDir).method(m);
      for (Path f : dir.model()) {
        RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "training", "");
      }
      try (TrainedModel trained = TrainedModel.load(dir.root())) {
        if (!(trained.model() instanceof TransformerLm lm)) {
          throw new IOException(dir + ": perplexity needs a transformer_lm run, this one is " + trained.model().arch());
        }
        trained.useRunThreads();
        List<TeacherForced.Score> s = TeacherForced.languageModel(lm, trained.manager(), stream, scored, context,
            trained.config().model().maxPositions(), BLOCKS_PER_BATCH);
        Path out = scoresFile(runDir, m, split);
        AtomicFiles.writeString(out, scoresTsv(s));
        SortedMap<String, Object> params = new TreeMap<>();
        params.put("tokens_per_sample", scored);
        params.put("context_window", context);
        params.put("threads", trained.config().threads());
        params.put("params_sha256", trained.paramsSha256());
        SortedMap<String, Long> stats = new TreeMap<>();
        stats.put("blocks", (long) s.size());
        stats.put("tokens", s.stream().mapToLong(TeacherForced.Score::tokens).sum());
        RunDirectory.of(runDir).record(new StageRecord(StageName.evaluate(m, split), params, stats,
            Stream.concat(Stream.of(new LmLayout(runDir).batches(split)), dir.model().stream()).toList(),
            List.of(StageRecord.Output.of(out))));
      }
    }
  }

  static Path scoresFile(Path runDir, Method m, String split) {
    return RunDirectory.of(runDir).method(m).lmScores(split);
  }

  /** Each perplexity row's items: the evaluation blocks' [nll, tokens], test then valid as {@link #metrics}. */
  public static List<ItemScores> itemScores(Path runDir) throws IOException {
    List<ItemScores> out = new ArrayList<>();
    for (String split : SPLITS) {
      out.add(new ItemScores(split.equals(SPLIT) ? "perplexity" : "perplexity_" + split,
          "evaluation blocks (" + split + ")", BootstrapInterval.PERPLEXITY,
          rows(readScores(scoresFile(runDir, Method.BASELINE, split))),
          rows(readScores(scoresFile(runDir, Method.RDROP, split)))));
    }
    return out;
  }

  /** One split's perplexity row: {@code perplexity} for test (the claim's metric), {@code perplexity_<split>} else. */
  static Report.Metric metric(Path runDir, String split, PublishedResult paper) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    int[] stream = stream(runDir, split);
    int context = config.languageModel().contextWindow();
    int scored = config.languageModel().tokensPerSample() - context;
    List<List<TeacherForced.Score>> scores = new ArrayList<>();
    for (Method m : List.of(Method.BASELINE, Method.RDROP)) {
      scores.add(readScores(scoresFile(runDir, m, split)));
    }
    if (scores.get(0).size() != scores.get(1).size()) {
      throw new IOException(scoresFile(runDir, Method.RDROP, split) + ": " + scores.get(1).size() + " blocks, "
          + scoresFile(runDir, Method.BASELINE, split) + " " + scores.get(0).size());
    }
    PairedItemBootstrap.Result r = PairedItemBootstrap.run(rows(scores.get(0)), rows(scores.get(1)),
        BootstrapInterval.PERPLEXITY, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED, PURPOSE);
    return Report.Metric.builder(split.equals(SPLIT) ? "perplexity" : "perplexity_" + split,
            "Perplexity (" + split + ", fairseq eval-lm with a context window)")
        .detail(String.format(Locale.ROOT, "%d scored tokens in %d blocks of %d after up to %d tokens of context; "
            + "exp(mean nll in nats) = 2^(loss in bits)", stream.length, scores.get(0).size(), scored, context))
        .higherIsBetter(false)
        .scores(r.baseline(), pair(r.baselineInterval()), r.rdrop(), pair(r.rdropInterval()))
        .delta(r.delta(), pair(r.deltaInterval()), r.pValue(),
            "paired bootstrap over evaluation blocks, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
                + "; 95% CIs of each score and of the delta (R-Drop minus baseline; negative is better)")
        .paper(paper == null ? null : PaperRows.paper(paper))
        .build();
  }

  /**
   * Reads {@link #scoresTsv}'s format back; the nll comes from its exact bits, and a decimal column that does
   * not match them is an error naming the line (an edited file, not a rounding).
   */
  static List<TeacherForced.Score> readScores(Path file) throws IOException {
    return TsvRows.read(file, HEADER, f -> {
      double nll = Double.longBitsToDouble(Long.parseUnsignedLong(f[3], 16));
      if (!String.format(Locale.ROOT, "%.6f", nll).equals(f[2])) {
        throw new IllegalArgumentException("column nll does not match nll_bits");
      }
      return new TeacherForced.Score(Long.parseLong(f[0]), nll, Long.parseLong(f[1]));
    });
  }

  /** Per block: [nll in nats, scored tokens]. */
  static double[][] rows(List<TeacherForced.Score> scores) {
    double[][] rows = new double[scores.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {scores.get(i).nll(), scores.get(i).tokens()};
    }
    return rows;
  }

  /** {@code block tokens nll nll_bits}: the nll as a decimal and as the hex of its IEEE-754 bits. */
  static final String HEADER = "block\ttokens\tnll\tnll_bits";

  static String scoresTsv(List<TeacherForced.Score> scores) {
    StringBuilder sb = new StringBuilder(HEADER + "\n");
    for (TeacherForced.Score s : scores) {
      sb.append(s.id()).append('\t').append(s.tokens()).append('\t')
          .append(String.format(Locale.ROOT, "%.6f", s.nll())).append('\t')
          .append(String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(s.nll()))).append('\n');
    }
    return sb.toString();
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return List.of(ci.lower(), ci.upper());
  }
}
