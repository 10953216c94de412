package org.rdrop.rouge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rdrop.rouge.CorpusRouge;
import org.rdrop.rouge.Estimate;
import org.rdrop.rouge.RougeScorer;
import org.rdrop.rouge.RougeSignature;
import org.rdrop.rouge.RougeType;
import org.rdrop.rouge.Score;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop rouge}: ROUGE of a file of predictions against a file of references, exactly as Google's
 * rouge-score scores each pair (docs/rouge.md), with a corpus mean and a seeded bootstrap interval.
 */
@Command(
    name = "rouge",
    sortOptions = false,
    description = {
      "ROUGE-1/2/L/Lsum exactly as Google's rouge-score computes them, one example a line.",
      "<n> inside a line is a sentence break (for rougeLsum). The corpus figure is the mean of the",
      "per-example scores with a seeded bootstrap 95%% interval."
    })
public final class RougeCommand implements Callable<Integer> {
  static final String DEFAULT_TYPES = "rouge1,rouge2,rougeL,rougeLsum";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "REF", description = "References (targets), one example a line.")
  Path reference;

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "HYP",
      description = "Predictions, one example a line, parallel to REF.")
  Path input;

  @Option(names = "--use-stemmer", description = "Porter-stem tokens longer than 3 characters (NLTK's stemmer, as rouge-score).")
  boolean useStemmer;

  @Option(names = "--types", defaultValue = DEFAULT_TYPES, paramLabel = "TYPE,...",
      description = "ROUGE types: rouge1 ... rouge9, rougeL, rougeLsum (default: ${DEFAULT-VALUE}).")
  String types;

  @Option(names = "--per-example", description = "Print each example's scores instead of the corpus figure.")
  boolean perExample;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--bootstrap-n", defaultValue = "" + CorpusRouge.DEFAULT_SAMPLES, paramLabel = "N",
      description = "Bootstrap resamples of the corpus interval (default: ${DEFAULT-VALUE}).")
  int bootstrapN;

  @Option(names = "--seed", defaultValue = "" + CorpusRouge.DEFAULT_SEED, paramLabel = "S",
      description = "Seed of the bootstrap draws (default: ${DEFAULT-VALUE}).")
  long seed;

  /** Bad input or options; reported as one line. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      String output = run();
      PrintWriter out = spec.commandLine().getOut();
      out.print(output);
      if (out.checkError()) { // flushes; a PrintWriter keeps write errors (a closed pipe) to itself
        throw new IOException("<stdout>: write error");
      }
      return 0;
    } catch (UsageError | IOException | IllegalArgumentException e) {
      err.println("rdrop rouge: error: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private String run() throws UsageError, IOException {
    List<RougeType> typeList;
    try {
      typeList = RougeType.parseList(types);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--types: " + e.getMessage());
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageError("--format: '" + format + "' is not text or json");
    }
    if (bootstrapN < 1) {
      throw new UsageError("--bootstrap-n must be positive: " + bootstrapN);
    }
    List<String> targets = RougeInputs.read(reference);
    List<String> predictions = RougeInputs.read(input);
    if (targets.size() != predictions.size()) {
      int n = Math.min(targets.size(), predictions.size());
      Path longer = targets.size() > n ? reference : input;
      throw new UsageError(input + " has " + predictions.size() + " lines but " + reference + " has "
          + targets.size() + " (" + longer + ":" + (n + 1) + " has no counterpart)");
    }
    if (targets.isEmpty()) {
      throw new UsageError(reference + ": no examples");
    }

    RougeScorer scorer = new RougeScorer(typeList, useStemmer);
    // Examples are independent: scored in parallel, kept in input order.
    List<Map<String, Score>> scores = IntStream.range(0, targets.size()).parallel()
        .mapToObj(i -> scorer.score(targets.get(i), predictions.get(i)))
        .collect(Collectors.toList());
    boolean json = format.equals("json");
    StringBuilder out = new StringBuilder();
    if (perExample) {
      if (json) {
        for (Map<String, Score> s : scores) {
          out.append(RougeJson.example(s)).append('\n');
        }
      } else {
        perExampleTable(typeList, scores, out);
      }
      return out.toString();
    }
    Map<String, CorpusRouge.TypeEstimate> corpus = CorpusRouge.aggregate(scores, typeList, bootstrapN, seed);
    String signature = RougeSignature.corpus(typeList, useStemmer, bootstrapN, seed).format();
    if (json) {
      return RougeJson.corpus(corpus, scores.size(), signature) + "\n";
    }
    corpusTable(corpus, scores.size(), signature, out);
    return out.toString();
  }

  /** A tab-separated table: a header, then one row an example, full-precision fractions. */
  private static void perExampleTable(List<RougeType> types, List<Map<String, Score>> scores, StringBuilder out) {
    out.append("example");
    for (RougeType t : types) {
      for (Score.Measure m : Score.Measure.values()) {
        out.append('\t').append(t.name()).append('.').append(m.key());
      }
    }
    out.append('\n');
    for (int i = 0; i < scores.size(); i++) {
      out.append(i + 1);
      for (Score s : scores.get(i).values()) {
        for (Score.Measure m : Score.Measure.values()) {
          out.append('\t').append(s.get(m));
        }
      }
      out.append('\n');
    }
  }

  /** One line a type, the figures x 100 as papers print them, then the signature. */
  private static void corpusTable(Map<String, CorpusRouge.TypeEstimate> corpus, int examples, String signature,
      StringBuilder out) {
    for (Map.Entry<String, CorpusRouge.TypeEstimate> e : corpus.entrySet()) {
      out.append(String.format(Locale.ROOT, "%-10s", e.getKey()));
      for (Score.Measure m : Score.Measure.values()) {
        Estimate est = e.getValue().get(m);
        out.append(String.format(Locale.ROOT, "  %s %6.2f [%6.2f, %6.2f]",
            m.key().substring(0, 1).toUpperCase(Locale.ROOT), 100 * est.mean(), 100 * est.low(), 100 * est.high()));
      }
      out.append('\n');
    }
    out.append(examples).append(" examples; mean of per-example scores x 100 [95% bootstrap interval]\n");
    out.append("ROUGE|").append(signature).append('\n');
  }
}
