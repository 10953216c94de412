package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuStats;
import org.rdrop.bleu.TokenizedBleu;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedBootstrap;
import org.rdrop.bleu.significance.PairedResult;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Report;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.text.tokenize.MosesDetokenizer;

/**
 * Evaluates baseline and R-Drop of a trained translation run on its test split: decodes both
 * ({@link DecodeRun}), scores them with sacreBLEU's BLEU as a Beam stage ({@link ScoreTestSet}: per-sentence
 * statistics, one Combine per system, recorded as stage {@code score-test} with one {@link BleuStatsTable}
 * per method), tests the difference with paired bootstrap resampling (sacreBLEU's definition, n 1000, seed
 * 12345) on those tables, and adds the paper's tokenized BLEU.
 *
 * <p>The models are trained on lowercased, Moses-tokenized text, so their hypotheses are lowercased. The
 * sacreBLEU reference is therefore the test split's target side as preparation left it (tokenized,
 * lowercased, cleaned) and detokenized like the hypotheses: both sides are in the same space, and the
 * score says what it measures. The tokenized BLEU compares the tokenized files directly after
 * compound splitting, as the official R-Drop scripts do (multi-bleu.perl).
 */
public final class EvaluateRun {
  public static final String SPLIT = "test";
  public static final int BOOTSTRAP_SAMPLES = PairedBootstrap.DEFAULT_SAMPLES;
  public static final long BOOTSTRAP_SEED = 12345;
  /** The manifest stage of the BLEU tables. */

  private static final List<Method> METHODS = List.of(Method.BASELINE, Method.RDROP);

  private EvaluateRun() {}

  /** {@code <method>/bleu.<split>.tsv}. */
  public static Path table(Path runDir, Method m, String split) {
    return RunDirectory.of(runDir).method(m).bleuScores(split);
  }

  /** The metric rows for the report; {@code paper} is the published result shown beside them, or null. */
  public static List<Report.Metric> run(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    for (Method m : METHODS) {
      DecodeRun.run(runDir, new DecodeRun.Request(m, SPLIT, null, false, DecodeRun.DEFAULT_BATCH_SENTENCES), options);
    }
    return metrics(runDir, score(runDir, options), paper);
  }

  /**
   * The metric rows from the BLEU tables and the tokenized hypotheses: what {@link #run} reports once the
   * test set is decoded and scored, and what {@code rdrop check} re-derives from the run's files.
   */
  public static List<Report.Metric> metrics(Path runDir, Map<Method, BleuStatsTable.Table> tables,
      PublishedResult paper) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    String tgt = config.data().targetLang();
    Bleu bleu = new Bleu(BleuOptions.defaults());
    BleuStatsTable.Table base = tables.get(Method.BASELINE);
    BleuStatsTable.Table rdrop = tables.get(Method.RDROP);
    List<PairedResult> paired = new PairedBootstrap(bleu.metric(), BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED)
        .run(base.statsRows(), List.<long[][]>of(rdrop.statsRows()));
    // The scores come from the Combine's totals; the bootstrap re-sums the same rows, so they agree exactly.
    double baseScore = bleu.score(base.sum()).score();
    double rdropScore = bleu.score(rdrop.sum()).score();
    if (baseScore != paired.get(0).score() || rdropScore != paired.get(1).score()) {
      throw new IllegalStateException("BLEU from the combined statistics differs from the bootstrap's own sum");
    }
    PairedResult r = paired.get(1);
    Report.Paper published = paper == null ? null
        : new Report.Paper(paper.task(), paper.baseline(), paper.rdrop(), paper.delta(), paper.source());
    List<Report.Metric> metrics = new ArrayList<>();
    metrics.add(Report.Metric.builder("bleu", "BLEU (sacreBLEU, detokenized lowercased test set)")
        .detail(bleu.signature(1).toString())
        .higherIsBetter(true)
        .scores(baseScore, pair(paired.get(0).interval()), rdropScore, pair(r.interval()))
        .delta(rdropScore - baseScore, pair(r.deltaInterval()), r.pValue(),
            "paired bootstrap resampling as sacreBLEU, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
                + "; each score's 95% CI, and the delta's from its value on each resample")
        .paper(published)
        .build());

    DecodeLayout hyps = new DecodeLayout(runDir);
    List<String> refTok = lines(new PrepareLayout(runDir, config.data().sourceLang(), tgt).tokenized(SPLIT, tgt));
    List<String> baseTok = lines(hyps.tokenized(Method.BASELINE, SPLIT));
    List<String> rdropTok = lines(hyps.tokenized(Method.RDROP, SPLIT));
    double tb = TokenizedBleu.score(TokenizedBleu.Flavor.MULTI_BLEU, baseTok, List.of(refTok), true, false).score();
    double tr = TokenizedBleu.score(TokenizedBleu.Flavor.MULTI_BLEU, rdropTok, List.of(refTok), true, false).score();
    metrics.add(Report.Metric.withoutTest(
        "bleu_tokenized", "BLEU (tokenized, compound split, multi-bleu.perl: the paper's way)", "", true, tb, tr,
        "no significance test for this score", published));
    return metrics;
  }

  /**
   * Both methods' BLEU tables computed afresh from the detokenized hypotheses and the reference, in memory
   * and without Beam (each sentence's statistics are independent of the others, so this equals what
   * {@link ScoreTestSet} writes). Nothing is written; {@code rdrop check} compares them with the tables on disk.
   */
  public static Map<Method, BleuStatsTable.Table> rederiveTables(Path runDir) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    String tgt = config.data().targetLang();
    PrepareLayout data = new PrepareLayout(runDir, config.data().sourceLang(), tgt);
    Path refFile = data.tokenized(SPLIT, tgt);
    List<String> refTok = lines(refFile);
    long[] ids = ids(data.ids(SPLIT), refTok.size(), refFile);
    MosesDetokenizer detok = MosesDetokenizer.forLanguage(tgt);
    Bleu bleu = new Bleu(BleuOptions.defaults());
    Map<Method, BleuStatsTable.Table> tables = new TreeMap<>();
    for (Method m : METHODS) {
      Path hypFile = new DecodeLayout(runDir).detokenized(m, SPLIT);
      List<String> h = lines(hypFile);
      if (h.size() != ids.length) {
        throw new IOException(hypFile + ": " + h.size() + " hypotheses for " + ids.length + " test sentences");
      }
      TreeMap<Long, BleuStats> byId = new TreeMap<>();
      for (int i = 0; i < ids.length; i++) {
        byId.put(ids[i], bleu.sentenceStats(h.get(i), List.of(detok.detokenize(refTok.get(i)))));
      }
      long[] sortedIds = byId.keySet().stream().mapToLong(Long::longValue).toArray();
      BleuStats[] rows = byId.values().toArray(BleuStats[]::new);
      tables.put(m, new BleuStatsTable.Table(sortedIds, rows, BleuStats.sum(List.of(rows))));
    }
    return tables;
  }

  /** The BLEU tables as {@link #score} wrote them. */
  public static Map<Method, BleuStatsTable.Table> readTables(Path runDir) throws IOException {
    Map<Method, BleuStatsTable.Table> tables = new TreeMap<>();
    for (Method m : METHODS) {
      tables.put(m, BleuStatsTable.read(table(runDir, m, SPLIT)));
    }
    return tables;
  }

  /**
   * Scores both methods' decoded test hypotheses ({@link ScoreTestSet}), records the tables in the manifest
   * as stage {@code score-test} and reads them back. Also what {@code rdrop verify} re-executes.
   */
  public static Map<Method, BleuStatsTable.Table> score(Path runDir, PipelineOptions options) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    RunManifest manifest = ManifestJson.read(manifestFile);
    ExperimentConfig config = Experiments.configOf(manifest, manifestFile);
    String tgt = config.data().targetLang();
    DecodeLayout hyps = new DecodeLayout(runDir);
    PrepareLayout data = new PrepareLayout(runDir, config.data().sourceLang(), tgt);
    Path refFile = data.tokenized(SPLIT, tgt);
    for (Path f : List.of(refFile, data.ids(SPLIT), hyps.detokenized(Method.BASELINE, SPLIT),
        hyps.detokenized(Method.RDROP, SPLIT))) {
      RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "it was recorded",
          MethodDirectory.isHypotheses(f) ? " (decode the test set first)" : "");
    }
    List<String> refTok = lines(refFile);
    long[] ids = ids(data.ids(SPLIT), refTok.size(), refFile);
    MosesDetokenizer detok = MosesDetokenizer.forLanguage(tgt);
    List<String> refDetok = refTok.stream().map(detok::detokenize).toList();
    String reference = RunArtifacts.relative(runDir, refFile);
    BleuOptions bleuOptions = BleuOptions.defaults();
    List<KV<String, BleuSegment>> segments = new ArrayList<>();
    Map<String, Path> files = new TreeMap<>();
    for (Method m : METHODS) {
      Path hypFile = hyps.detokenized(m, SPLIT);
      List<String> h = lines(hypFile);
      if (h.size() != ids.length) {
        throw new IOException(hypFile + ": " + h.size() + " hypotheses for " + ids.length + " test sentences");
      }
      for (int i = 0; i < ids.length; i++) {
        segments.add(KV.of(m.label(), new BleuSegment(ids[i], h.get(i), List.of(refDetok.get(i)))));
      }
      files.put(m.label(), table(runDir, m, SPLIT));
    }
    Pipeline p = Pipeline.create(options);
    p.apply("TestSet", Create.of(segments).withCoder(KvCoder.of(StringUtf8Coder.of(), BleuCoders.Segment.of())))
        .apply("ScoreTestSet", ScoreTestSet.of(bleuOptions, files));
    p.run().waitUntilFinish();

    Map<Method, BleuStatsTable.Table> tables = new TreeMap<>();
    List<StageRecord.Output> written = new ArrayList<>();
    for (Method m : METHODS) {
      Path f = table(runDir, m, SPLIT);
      BleuStatsTable.Table t = BleuStatsTable.read(f);
      if (!java.util.Arrays.equals(t.ids(), ids)) {
        throw new IOException(f + ": its sentence ids are not those of the test split");
      }
      tables.put(m, t);
      written.add(new StageRecord.Output(f, ids.length)); // one row a sentence (the sum row is not one)
    }
    SortedMap<String, Object> params = new TreeMap<>();
    params.put("signature", new Bleu(bleuOptions).signature(1).toString());
    params.put("reference", reference + ", Moses-detokenized");
    SortedMap<String, Long> stats = new TreeMap<>();
    stats.put("sentences", (long) ids.length);
    RunDirectory.of(runDir).record(new StageRecord(StageName.score(SPLIT), params, stats, List.of(refFile,
        data.ids(SPLIT), hyps.detokenized(Method.BASELINE, SPLIT), hyps.detokenized(Method.RDROP, SPLIT)), written));
    return tables;
  }

  /** The sentence ids of a split: the first column of its ids file, parallel to its tokenized text. */
  public static long[] ids(Path idsFile, int expected, Path parallel) throws IOException {
    List<String> lines = lines(idsFile);
    if (lines.size() != expected) {
      throw new IOException(idsFile + " has " + lines.size() + " lines, " + parallel + " " + expected);
    }
    long[] ids = new long[lines.size()];
    for (int i = 0; i < ids.length; i++) {
      String line = lines.get(i);
      int tab = line.indexOf('\t');
      try {
        ids[i] = Long.parseLong(tab < 0 ? line : line.substring(0, tab));
      } catch (NumberFormatException e) {
        throw new IOException(idsFile + ":" + (i + 1) + ": malformed id");
      }
    }
    return ids;
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return ci == null ? null : List.of(ci.lower(), ci.upper());
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
