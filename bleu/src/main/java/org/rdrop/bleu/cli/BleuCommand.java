package org.rdrop.bleu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuScore;
import org.rdrop.bleu.BleuSignature;
import org.rdrop.bleu.BleuStats;
import org.rdrop.bleu.BleuTokenizer;
import org.rdrop.bleu.CorpusReferences;
import org.rdrop.bleu.SacrebleuFormat;
import org.rdrop.bleu.SmoothMethod;
import org.rdrop.bleu.TokenizedBleu;
import org.rdrop.bleu.significance.ApproximateRandomization;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedBootstrap;
import org.rdrop.bleu.significance.PairedResult;
import org.rdrop.text.PythonStrings;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop bleu}: sacreBLEU 2.6.0's command line for BLEU on files (docs/bleu.md). Same
 * options, same numbers, same output shapes; rdrop says it computed them on standard error and in
 * the single-system JSON ({@code implementation}), never inside the signature.
 */
@Command(
    name = "bleu",
    sortOptions = false,
    description = {
      "BLEU exactly as sacreBLEU 2.6.0 computes it, with its paired significance tests.",
      "References come first, then -i with one or more system outputs (the first is the baseline",
      "of a paired test). Without -i, systems are read from standard input, tab-separated.",
      "A file named - is standard input (one file only)."
    })
public final class BleuCommand implements Callable<Integer> {

  // sacreBLEU's defaults.
  static final String DEFAULT_TOKENIZE = "13a";
  static final String DEFAULT_SMOOTH_METHOD = "exp";
  static final String DEFAULT_PAIRED_BS_N = "1000";
  static final String DEFAULT_PAIRED_AR_N = "10000";
  static final String DEFAULT_CONFIDENCE_N = "1000";
  static final String DEFAULT_SEED = "12345";
  static final String DEFAULT_FORMAT = "json";
  static final String DEFAULT_WIDTH = "1";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What a file named {@code -} (or the systems without -i) reads; tests give their own. */
  InputStream standardInput = System.in;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "REF", arity = "1..*",
      description = "Reference files, one sentence a line (-: standard input).")
  List<Path> references;

  @Option(names = {"-i", "--input"}, arity = "1..*", paramLabel = "HYP",
      description = "System output files (-: standard input; default: standard input, systems tab-separated).")
  List<Path> inputs;

  @Option(names = {"-tok", "--tokenize"}, defaultValue = DEFAULT_TOKENIZE, paramLabel = "13a|intl|char|none",
      description = "Tokenizer (default: ${DEFAULT-VALUE}).")
  String tokenize;

  @Option(names = {"-lc", "--lowercase"}, description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(names = {"-s", "--smooth-method"}, defaultValue = DEFAULT_SMOOTH_METHOD, paramLabel = "exp|floor|add-k|none",
      description = "Smoothing method (default: ${DEFAULT-VALUE}).")
  String smoothMethod;

  @Option(names = {"-sv", "--smooth-value"}, paramLabel = "X",
      description = "Smoothing value for floor (default 0.1) and add-k (default 1).")
  Double smoothValue;

  @Option(names = "--force", description = "Do not warn about output that looks tokenized.")
  boolean force;

  @ArgGroup(exclusive = true)
  PairedTest paired;

  static final class PairedTest {
    @Option(names = {"-pbs", "--paired-bs"}, required = true,
        description = "Paired bootstrap resampling test against the first system.")
    boolean bootstrap;

    @Option(names = {"-par", "--paired-ar"}, required = true,
        description = "Paired approximate randomization test against the first system.")
    boolean randomization;
  }

  @Option(names = {"-pbsn", "--paired-bs-n"}, defaultValue = DEFAULT_PAIRED_BS_N, paramLabel = "N",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int pairedBsN;

  @Option(names = {"-parn", "--paired-ar-n"}, defaultValue = DEFAULT_PAIRED_AR_N, paramLabel = "N",
      description = "Approximate randomization trials (default: ${DEFAULT-VALUE}).")
  int pairedArN;

  @Option(names = {"-ci", "--confidence"}, description = "Bootstrap 95%% interval for a single system.")
  boolean confidence;

  @Option(names = {"-cin", "--confidence-n"}, defaultValue = DEFAULT_CONFIDENCE_N, paramLabel = "N",
      description = "Resamples for --confidence (default: ${DEFAULT-VALUE}).")
  int confidenceN;

  @Option(names = "--seed", defaultValue = DEFAULT_SEED, paramLabel = "S",
      description = "Seed of the resampling draws (default: ${DEFAULT-VALUE}, as sacreBLEU).")
  long seed;

  @Option(names = {"-f", "--format"}, defaultValue = DEFAULT_FORMAT, paramLabel = "json|text",
      description = "Output format (default: ${DEFAULT-VALUE}, as sacreBLEU).")
  String format;

  @Option(names = {"-w", "--width"}, defaultValue = DEFAULT_WIDTH, paramLabel = "N",
      description = "Decimals of scores (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = {"-b", "--score-only"}, description = "Print only the score (one system).")
  boolean scoreOnly;

  @Option(names = {"-sh", "--short"}, description = "Short signature (text output).")
  boolean shortSignature;

  @Option(names = {"-q", "--quiet"}, description = "No messages on standard error.")
  boolean quiet;

  @Option(names = "--tokenized",
      description = "Also report the paper's tokenized BLEU: compound splitting, then multi-bleu.perl.")
  boolean tokenized;

  /** Thrown for bad input; reported as one line. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /**
   * Prints through picocli's writers. Standard output is UTF-8 whatever the platform's charset, as
   * sacreBLEU writes it: {@link BleuMain} and rdrop's main give the command such a writer.
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      String output = run(err);
      PrintWriter out = spec.commandLine().getOut();
      out.print(output);
      out.print('\n');
      if (out.checkError()) { // flushes; a PrintWriter keeps write errors (a closed pipe) to itself
        throw new IOException("<stdout>: write error");
      }
      return 0;
    } catch (UsageError | IOException | IllegalArgumentException e) {
      err.println("rdrop bleu: error: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private String run(PrintWriter err) throws UsageError, IOException {
    BleuOptions options = options();
    boolean json = format.equals("json");
    boolean pairedMode = paired != null;

    checkStandardInput();
    BleuInputs inputFiles = new BleuInputs(standardInput);
    List<List<String>> refStreams = inputFiles.readAll(references);
    for (int k = 1; k < refStreams.size(); k++) {
      requireSameLength(references.get(k), refStreams.get(k), references.get(0), refStreams.get(0));
    }
    List<String> names = new ArrayList<>();
    List<List<String>> systems = new ArrayList<>();
    readSystems(inputFiles, names, systems, pairedMode, err);
    for (int s = 0; s < systems.size(); s++) {
      if (systems.get(s).isEmpty()) {
        throw new UsageError(names.get(s) + ": no sentences");
      }
      if (systems.get(s).size() != refStreams.get(0).size()) {
        throw new UsageError(names.get(s) + " has " + systems.get(s).size() + " lines but "
            + BleuInputs.display(references.get(0)) + " has " + refStreams.get(0).size());
      }
    }
    checkModes(systems.size(), pairedMode, json);
    if (!quiet) {
      err.println("rdrop bleu: BLEU as defined by sacreBLEU " + BleuSignature.SACREBLEU_VERSION
          + ", computed by " + BleuSignature.implementation() + " (docs/bleu.md)");
    }
    warnIfTokenized(systems, err);

    Bleu bleu = new Bleu(options);
    CorpusReferences refs = bleu.prepareReferences(refStreams);
    List<BleuStats[]> stats = IntStream.range(0, systems.size()).parallel()
        .mapToObj(s -> bleu.sentenceStats(systems.get(s), refs))
        .collect(Collectors.toList());
    List<BleuScore> scores = stats.stream().map(st -> bleu.score(BleuStats.sum(List.of(st)))).collect(Collectors.toList());
    BleuSignature signature = bleu.signature(refs.numRefs());
    String tokenizedLines = tokenized ? tokenizedBleu(names, systems, refStreams) : null;

    String result;
    if (systems.size() == 1) {
      ConfidenceInterval ci = null;
      if (confidence) {
        ci = new PairedBootstrap(bleu.metric(), confidenceN, seed).interval(BleuStats.rows(stats.get(0)));
        signature = signature.withBootstrap(confidenceN, seed);
      }
      if (json && !scoreOnly) {
        java.util.Map<String, Object> extras = SacrebleuFormat.rdropExtras(scores.get(0));
        if (tokenized) {
          extras.put("tokenized_bleu", tokenizedLines);
        }
        return SacrebleuFormat.singleJson(scores.get(0), signature, width, ci, extras);
      }
      result = SacrebleuFormat.scoreLine(scores.get(0), signature.format(shortSignature), width, ci, scoreOnly);
    } else if (!pairedMode) {
      List<SacrebleuFormat.NamedScore> named = new ArrayList<>();
      for (int s = 0; s < names.size(); s++) {
        named.add(new SacrebleuFormat.NamedScore(names.get(s), scores.get(s)));
      }
      result = json
          ? SacrebleuFormat.systemsJson(named, width)
          : SacrebleuFormat.systemsTable(named, signature.format(shortSignature), width);
    } else {
      List<long[][]> rows = stats.stream().map(BleuStats::rows).collect(Collectors.toList());
      List<PairedResult> results;
      int n;
      if (paired.bootstrap) {
        n = pairedBsN;
        results = new PairedBootstrap(bleu.metric(), n, seed).run(rows.get(0), rows.subList(1, rows.size()));
        signature = signature.withBootstrap(n, seed);
      } else {
        n = pairedArN;
        results = new ApproximateRandomization(bleu.metric(), n, seed).run(rows.get(0), rows.subList(1, rows.size()));
        signature = signature.withApproximateRandomization(n, seed);
      }
      result = json
          ? SacrebleuFormat.pairedJson(names, results)
          : SacrebleuFormat.pairedTable(names, results, signature.format(shortSignature), width, paired.bootstrap, n);
    }
    return tokenizedLines == null ? result : result + "\n" + tokenizedLines;
  }

  private BleuOptions options() throws UsageError {
    if (!BleuTokenizer.NAMES.contains(tokenize)) {
      throw new UsageError("--tokenize: '" + tokenize + "' is not one of " + String.join(", ", BleuTokenizer.NAMES));
    }
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageError("--format: '" + format + "' is not json or text");
    }
    if (width < 0) {
      throw new UsageError("--width must not be negative");
    }
    SmoothMethod method;
    try {
      method = SmoothMethod.forLabel(smoothMethod);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--smooth-method: " + e.getMessage());
    }
    return BleuOptions.defaults().withTokenize(tokenize).withLowercase(lowercase).withSmoothing(method, smoothValue);
  }

  private void readSystems(BleuInputs inputFiles, List<String> names, List<List<String>> systems, boolean pairedMode,
      PrintWriter err) throws IOException, UsageError {
    if (inputs == null) {
      List<String> lines = inputFiles.readStandardInput();
      int count = lines.isEmpty() ? 1 : lines.get(0).split("\t", -1).length;
      for (int s = 0; s < count; s++) {
        systems.add(new ArrayList<>());
        names.add(pairedMode ? (s == 0 ? "Baseline" : "System " + s) : "System " + (s + 1));
      }
      for (int i = 0; i < lines.size(); i++) {
        String[] fields = lines.get(i).split("\t", -1);
        if (fields.length != count) {
          throw new UsageError("<stdin>:" + (i + 1) + ": " + fields.length + " tab-separated systems, line 1 has " + count);
        }
        for (int s = 0; s < count; s++) {
          systems.get(s).add(PythonStrings.rstrip(fields[s]));
        }
      }
      return;
    }
    List<Path> toRead = new ArrayList<>();
    for (Path p : inputs) {
      String name = BleuInputs.display(p);
      if (names.contains(name)) {
        if (pairedMode && name.equals(names.get(0))) {
          if (!quiet) {
            err.println("rdrop bleu: ignoring " + name + ": it is the baseline");
          }
          continue;
        }
        throw new UsageError(name + " is given twice; systems are named by their file");
      }
      names.add(name);
      toRead.add(p);
    }
    systems.addAll(inputFiles.readAll(toRead));
    if (pairedMode) {
      names.set(0, "Baseline: " + names.get(0));
    }
  }

  /** Standard input can be read once: by one file named {@code -}, or by the systems when there is no -i. */
  private void checkStandardInput() throws UsageError {
    long dashes = references.stream().filter(BleuInputs::isStandardInput).count()
        + (inputs == null ? 1 : inputs.stream().filter(BleuInputs::isStandardInput).count());
    if (dashes > 1) {
      throw new UsageError(inputs == null
          ? "a reference is read from standard input (-): give the systems with -i"
          : "standard input (-) can be read only once");
    }
  }

  private void checkModes(int systemCount, boolean pairedMode, boolean json) throws UsageError {
    if (pairedMode && systemCount < 2) {
      throw new UsageError("a paired test needs a baseline and at least one system: -i BASELINE SYSTEM...");
    }
    if (confidence && systemCount > 1) {
      throw new UsageError("--confidence is for one system; compare several with --paired-bs or --paired-ar");
    }
    if (tokenized && json && systemCount > 1) {
      throw new UsageError("--tokenized with several systems needs --format text (the JSON list keeps sacreBLEU's shape)");
    }
  }

  private void warnIfTokenized(List<List<String>> systems, PrintWriter err) {
    if (force) {
      return;
    }
    long tokenizedLooking = systems.get(0).stream().filter(l -> l.endsWith(" .")).count();
    if (tokenizedLooking >= 100) {
      err.println("rdrop bleu: warning: " + tokenizedLooking + " lines end in ' .': the output looks tokenized;"
          + " BLEU expects detokenized text (--force silences this)");
    }
  }

  /** The paper's figure for each system: compound split, then multi-bleu.perl's line. */
  private String tokenizedBleu(List<String> names, List<List<String>> systems, List<List<String>> refStreams) {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < systems.size(); s++) {
      TokenizedBleu.Result r = TokenizedBleu.score(TokenizedBleu.Flavor.MULTI_BLEU, systems.get(s), refStreams, true, lowercase);
      lines.add(systems.size() == 1 ? r.format() : names.get(s) + ": " + r.format());
    }
    return String.join("\n", lines);
  }

  private static void requireSameLength(Path a, List<String> aLines, Path b, List<String> bLines) throws UsageError {
    if (aLines.size() != bLines.size()) {
      throw new UsageError(BleuInputs.display(a) + " has " + aLines.size() + " lines but " + BleuInputs.display(b)
          + " has " + bLines.size());
    }
  }
}
