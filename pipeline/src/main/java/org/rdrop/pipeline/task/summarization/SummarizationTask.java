package org.rdrop.pipeline.task.summarization;

import static org.rdrop.config.Section.BPE;
import static org.rdrop.config.Section.CLEAN;
import static org.rdrop.config.Section.EVAL;
import static org.rdrop.config.Section.IMAGES;
import static org.rdrop.config.Section.LANG;
import static org.rdrop.config.Section.LANGUAGE_MODEL;
import static org.rdrop.config.Section.MAX_TRAIN_PAIRS;
import static org.rdrop.config.Section.SENTENCES;
import static org.rdrop.config.Section.SOURCE_LANG;
import static org.rdrop.config.Section.TARGET_LANG;
import static org.rdrop.config.Section.TOKENIZE;
import static org.rdrop.config.Section.VOCAB;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.config.ExperimentChecks;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.task.Task;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.testkit.verdict.PublishedResults;

/**
 * Summarization (the paper's CNN/DailyMail rows): document/summary pairs prepared as translation's, the
 * same encoder-decoder and beam search, ROUGE-1/2/L/Lsum with a paired bootstrap over the test examples.
 */
public final class SummarizationTask implements Task {
  /**
   * The published row beside each ROUGE type. The paper's ROUGE-L is summary-level (ROUGE 1.5.5 over the
   * summary's sentences, as files2rouge scores BART), which is rouge-score's rougeLsum, not its rougeL.
   */
  static final Map<String, String> PAPER_ROWS = Map.of(
      "rouge1", "cnn-dailymail/bart-large/rouge-1",
      "rouge2", "cnn-dailymail/bart-large/rouge-2",
      "rougeLsum", "cnn-dailymail/bart-large/rouge-l");

  @Override
  public String name() {
    return "summarization";
  }

  @Override
  public Preparation preparation() {
    return new SummarizationPreparation();
  }

  @Override
  public String paperRow() {
    return PAPER_ROWS.get("rouge1");
  }

  @Override
  public List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    return EvaluateSummaries.run(runDir, paperRows(), options);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateSummaries.itemScores(runDir);
  }

  /** The ROUGE tables are computed again from the hypotheses and the reference. */
  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    Map<Method, RougeTable> tables = EvaluateSummaries.rederiveTables(runDir);
    SortedMap<String, String> files = new TreeMap<>();
    for (Map.Entry<Method, RougeTable> t : tables.entrySet()) {
      String rel = runDir.relativize(EvaluateSummaries.table(runDir, t.getKey())).toString().replace('\\', '/');
      files.put(rel, t.getValue().format());
    }
    return new Rederived(EvaluateSummaries.metrics(tables, paperRows()), files);
  }

  private static Map<String, PublishedResult> paperRows() throws IOException {
    PublishedResults published = PublishedResults.read(Experiments.home().resolve("golden"));
    Map<String, PublishedResult> rows = new TreeMap<>();
    PAPER_ROWS.forEach((type, id) -> rows.put(type, published.get(id)));
    return rows;
  }

  /**
   * Translation's sections, with one language ({@code data.lang}) for the {@code .source} and {@code .target}
   * files instead of a language pair; the Transformer encoder-decoder.
   */
  @Override
  public void checkSections(ExperimentConfig c, ExperimentChecks s) {
    ExperimentConfig.Data d = c.data();
    s.absent(c, SOURCE_LANG, TARGET_LANG, LANGUAGE_MODEL, IMAGES, SENTENCES);
    if (!s.present(c, LANG, TOKENIZE, BPE, VOCAB, EVAL, MAX_TRAIN_PAIRS, CLEAN)) {
      return;
    }
    s.languageCode(d.lang(), "data.lang");
    s.cleanedPairs(c);
    s.arch(c, "transformer");
  }
}
