package org.rdrop.pipeline.task.summarization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.bleu.significance.BootstrapInterval;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedItemBootstrap;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.config.PairSides;
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
import org.rdrop.pipeline.eval.DecodeLayout;
import org.rdrop.pipeline.eval.DecodeRun;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.PaperRows;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.rouge.RougeSignature;
import org.rdrop.rouge.RougeType;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.text.tokenize.MosesDetokenizer;

/**
 * Evaluates baseline and R-Drop of a trained summarization run on its test split: decodes both with the
 * experiment's beam search ({@link DecodeRun}, as translation), scores each summary against its reference
 * with ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as rouge-score does ({@link RougeTable}: one table a
 * method, recorded as stage {@code score-test}), and reports each type's mean F-measure over the test
 * examples (x 100, as papers print ROUGE) with a paired bootstrap over the examples: each score's and the
 * delta's 95% interval, and the p-value.
 *
 * <p>The reference is the test split's target side as preparation left it (Moses-tokenized, perhaps
 * lowercased) and detokenized like the hypotheses, as translation's sacreBLEU reference: both sides are in
 * the same space. rouge-score lowercases and splits at every non-alphanumeric character, so this equals
 * scoring the corpus lines themselves except where lowercasing changes the letters.
 */
public final class EvaluateSummaries {
  public static final String SPLIT = "test";
  public static final int BOOTSTRAP_SAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 12345;
  static final String PURPOSE = "bootstrap/rouge";
  /** The mean F-measure in ROUGE points from items [F, 1]. */
  public static final BootstrapInterval.Metric MEAN_F_POINTS = s -> 100 * s[0] / s[1];

  private EvaluateSummaries() {}

  /**
   * Decodes, scores and reports.
   *
   * @param paper the published row shown beside each ROUGE type (by rouge-score's name), where there is one
   */
  public static List<Report.Metric> run(Path runDir, Map<String, PublishedResult> paper, PipelineOptions options)
      throws IOException {
    for (Method m : Method.BOTH) {
      DecodeRun.run(runDir, new DecodeRun.Request(m, SPLIT, null, false, DecodeRun.DEFAULT_BATCH_SENTENCES),
          options);
    }
    score(runDir);
    return metrics(readTables(runDir), paper);
  }

  /** {@code <method>/rouge.test.tsv}. */
  public static Path table(Path runDir, Method m) {
    return RunDirectory.of(runDir).method(m).rougeScores(SPLIT);
  }

  /** Scores both methods' decoded test summaries, writes their tables and records stage {@code score-test}. */
  public static Map<Method, RougeTable> score(Path runDir) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    RunManifest manifest = ManifestJson.read(manifestFile);
    Inputs in = inputs(runDir);
    for (Path f : in.read()) {
      RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "it was recorded",
          MethodDirectory.isHypotheses(f) ? " (decode the test set first)" : "");
    }
    Map<Method, RougeTable> tables = compute(runDir, in);
    List<StageRecord.Output> written = new ArrayList<>();
    for (Method m : Method.BOTH) {
      Path f = table(runDir, m);
      AtomicFiles.writeString(f, tables.get(m).format());
      written.add(StageRecord.Output.of(f)); // one row an example (the header is not one)
    }
    SortedMap<String, Object> params = new TreeMap<>();
    params.put("signature", RougeSignature.perExample(RougeTable.TYPES, RougeTable.USE_STEMMER).format());
    params.put("reference", RunArtifacts.relative(runDir, in.reference()) + ", Moses-detokenized");
    SortedMap<String, Long> stats = new TreeMap<>();
    stats.put("examples", (long) in.ids().length);
    RunDirectory.of(runDir).record(new StageRecord(StageName.score(SPLIT), params, stats, in.read(), written));
    return tables;
  }

  /** Both tables computed again from the hypotheses and the reference, in memory (for {@code rdrop check}). */
  public static Map<Method, RougeTable> rederiveTables(Path runDir) throws IOException {
    return compute(runDir, inputs(runDir));
  }

  /** The tables as {@link #score} wrote them. */
  public static Map<Method, RougeTable> readTables(Path runDir) throws IOException {
    Map<Method, RougeTable> tables = new TreeMap<>();
    for (Method m : Method.BOTH) {
      tables.put(m, RougeTable.read(table(runDir, m)));
    }
    if (!java.util.Arrays.equals(tables.get(Method.BASELINE).ids(), tables.get(Method.RDROP).ids())) {
      throw new IOException(table(runDir, Method.RDROP) + ": its examples are not those of "
          + table(runDir, Method.BASELINE));
    }
    return tables;
  }

  /** One row a ROUGE type: both methods' mean F-measure, the paired bootstrap, the paper's row if any. */
  public static List<Report.Metric> metrics(Map<Method, RougeTable> tables, Map<String, PublishedResult> paper) {
    RougeTable base = tables.get(Method.BASELINE);
    RougeTable rdrop = tables.get(Method.RDROP);
    List<Report.Metric> rows = new ArrayList<>();
    for (RougeType t : RougeTable.TYPES) {
      PairedItemBootstrap.Result r = PairedItemBootstrap.run(base.fmeasureRows(t), rdrop.fmeasureRows(t),
          MEAN_F_POINTS, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED, PURPOSE); // the same resamples for every type
      rows.add(Report.Metric.builder(t.name(), name(t))
          .detail(String.format(Locale.ROOT, "%d test examples, mean F-measure x 100; ", base.ids().length)
              + RougeSignature.perExample(RougeTable.TYPES, RougeTable.USE_STEMMER).format())
          .higherIsBetter(true)
          .scores(r.baseline(), pair(r.baselineInterval()), r.rdrop(), pair(r.rdropInterval()))
          .delta(r.delta(), pair(r.deltaInterval()), r.pValue(),
              "paired bootstrap over test examples, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
                  + "; 95% CIs of each score and of the delta (R-Drop minus baseline, points)")
          .paper(PaperRows.paper(paper.get(t.name())))
          .build());
    }
    return rows;
  }

  /** Each type's items: every test example's [F-measure, 1] in both methods' tables. */
  public static List<ItemScores> itemScores(Path runDir) throws IOException {
    Map<Method, RougeTable> tables = readTables(runDir);
    List<ItemScores> out = new ArrayList<>();
    for (RougeType t : RougeTable.TYPES) {
      out.add(new ItemScores(t.name(), "test examples", MEAN_F_POINTS,
          tables.get(Method.BASELINE).fmeasureRows(t), tables.get(Method.RDROP).fmeasureRows(t)));
    }
    return out;
  }

  private static String name(RougeType t) {
    String shown = switch (t.name()) {
      case "rouge1" -> "ROUGE-1";
      case "rouge2" -> "ROUGE-2";
      case "rougeL" -> "ROUGE-L";
      case "rougeLsum" -> "ROUGE-Lsum";
      default -> t.name();
    };
    return shown + " F (rouge-score, stemmed, test)";
  }

  /** What scoring reads: the reference, the ids and both methods' detokenized hypotheses. */
  private record Inputs(Path reference, long[] ids, List<Path> read, Map<Method, Path> hypotheses,
      String targetLang) {}

  private static Inputs inputs(Path runDir) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    PairSides sides = PairSides.of(config);
    PrepareLayout data = new PrepareLayout(runDir, sides.source(), sides.target());
    Path ref = data.tokenized(SPLIT, sides.target());
    DecodeLayout hyps = new DecodeLayout(runDir);
    Map<Method, Path> h = new TreeMap<>();
    List<Path> read = new ArrayList<>(List.of(ref, data.ids(SPLIT)));
    for (Method m : Method.BOTH) {
      h.put(m, hyps.detokenized(m, SPLIT));
      read.add(hyps.detokenized(m, SPLIT));
    }
    long[] ids = EvaluateRun.ids(data.ids(SPLIT), lines(ref).size(), ref);
    return new Inputs(ref, ids, read, h, sides.targetLang());
  }

  private static Map<Method, RougeTable> compute(Path runDir, Inputs in) throws IOException {
    List<String> refTok = lines(in.reference());
    MosesDetokenizer detok = MosesDetokenizer.forLanguage(in.targetLang());
    List<String> refs = refTok.stream().map(detok::detokenize).toList();
    Map<Method, RougeTable> tables = new TreeMap<>();
    for (Method m : Method.BOTH) {
      Path hypFile = in.hypotheses().get(m);
      List<String> h = lines(hypFile);
      if (h.size() != in.ids().length) {
        throw new IOException(hypFile + ": " + h.size() + " hypotheses for " + in.ids().length + " test examples");
      }
      tables.put(m, RougeTable.score(in.ids(), refs, h));
    }
    return tables;
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return List.of(ci.lower(), ci.upper());
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
