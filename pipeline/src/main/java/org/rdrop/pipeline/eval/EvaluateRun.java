package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.bleu.Bleu;
import org.rdrop.pipeline.eval.bleu.BleuOptions;
import org.rdrop.pipeline.eval.bleu.BleuStats;
import org.rdrop.pipeline.eval.bleu.TokenizedBleu;
import org.rdrop.pipeline.eval.significance.PairedBootstrap;
import org.rdrop.pipeline.eval.significance.PairedResult;
import org.rdrop.pipeline.eval.significance.StatsMetric;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.report.ReportData;
import org.rdrop.pipeline.text.tokenize.MosesDetokenizer;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.trainer.loop.Method;

/**
 * Evaluates baseline and R-Drop of a trained translation run on its test split: decodes both
 * ({@link DecodeRun}), scores them with sacreBLEU's BLEU and the paper's tokenized BLEU, and tests the
 * difference with paired bootstrap resampling (sacreBLEU's definition, n 1000, seed 12345).
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

  private EvaluateRun() {}

  /** The metric rows for the report; {@code paper} is the published result shown beside them, or null. */
  public static List<ReportData.Metric> run(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    ExperimentConfig config = Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
    String tgt = config.data().targetLang();
    for (Method m : List.of(Method.BASELINE, Method.RDROP)) {
      DecodeRun.run(runDir, new DecodeRun.Request(m, SPLIT, null, false, DecodeRun.DEFAULT_BATCH_SENTENCES), options);
    }
    DecodeLayout hyps = new DecodeLayout(runDir);
    List<String> refTok = lines(new PrepareLayout(runDir, config.data().sourceLang(), tgt).tokenized(SPLIT, tgt));
    MosesDetokenizer detok = MosesDetokenizer.forLanguage(tgt);
    List<String> refDetok = refTok.stream().map(detok::detokenize).toList();
    List<String> baseDetok = lines(hyps.detokenized(Method.BASELINE, SPLIT));
    List<String> rdropDetok = lines(hyps.detokenized(Method.RDROP, SPLIT));

    Bleu bleu = new Bleu(BleuOptions.defaults());
    var refs = bleu.prepareReferences(List.of(refDetok));
    BleuStats[] base = bleu.sentenceStats(baseDetok, refs);
    BleuStats[] rdrop = bleu.sentenceStats(rdropDetok, refs);
    List<PairedResult> paired = new PairedBootstrap(StatsMetric.bleu(bleu), BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED)
        .run(StatsMetric.rows(base), List.<long[][]>of(StatsMetric.rows(rdrop)));
    PairedResult baseResult = paired.get(0);
    PairedResult rdropResult = paired.get(1);
    ReportData.Paper published = paper == null ? null
        : new ReportData.Paper(paper.task(), paper.baseline(), paper.rdrop(), paper.delta(), paper.source());
    List<ReportData.Metric> metrics = new ArrayList<>();
    metrics.add(new ReportData.Metric(
        "BLEU (sacreBLEU, detokenized lowercased test set)", bleu.signature(1).toString(), true,
        baseResult.score(), rdropResult.score(), rdropResult.score() - baseResult.score(),
        List.of(rdropResult.interval().lower(), rdropResult.interval().upper()), rdropResult.pValue(),
        "paired bootstrap resampling as sacreBLEU, n=" + BOOTSTRAP_SAMPLES + ", seed " + BOOTSTRAP_SEED
            + "; the interval is R-Drop's 95% CI",
        published));

    List<String> baseTok = lines(hyps.tokenized(Method.BASELINE, SPLIT));
    List<String> rdropTok = lines(hyps.tokenized(Method.RDROP, SPLIT));
    double tb = TokenizedBleu.score(TokenizedBleu.Flavor.MULTI_BLEU, baseTok, List.of(refTok), true, false).score();
    double tr = TokenizedBleu.score(TokenizedBleu.Flavor.MULTI_BLEU, rdropTok, List.of(refTok), true, false).score();
    metrics.add(new ReportData.Metric(
        "BLEU (tokenized, compound split, multi-bleu.perl: the paper's way)", "", true, tb, tr, tr - tb,
        null, null, "no significance test for this score", published));
    return metrics;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
