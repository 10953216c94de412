package org.rdrop.text.bpe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rdrop.format.AtomicFiles;
import org.rdrop.text.bpe.BpeCodes;
import org.rdrop.text.bpe.BpeLearner;
import org.rdrop.text.bpe.BpeSegmenter;
import org.rdrop.text.bpe.TextFiles;
import org.rdrop.text.bpe.WordCounter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rdrop bpe learn|apply}: joint BPE with subword-nmt 0.3.9's options and byte-identical
 * output. Inputs are read whole and outputs written only when complete (files atomically), so an
 * error never leaves partial output. {@code -} stands for standard input or output wherever
 * subword-nmt's argparse file options accept it ({@code -i}, {@code -o}, {@code -c}).
 */
@Command(
    name = "bpe",
    description = "Byte pair encoding, compatible with subword-nmt 0.3.9.",
    subcommands = {BpeCommand.Learn.class, BpeCommand.Apply.class})
public final class BpeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What {@code -} (or no file) reads; tests give their own. */
  public InputStream standardInput = System.in;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code rdrop bpe learn}: learn_bpe.py. */
  @Command(
      name = "learn",
      description = "Learn BPE merge operations from tokenized text (like learn_bpe.py).")
  static final class Learn implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand BpeCommand bpe;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
        description = "Input text (default or -: standard input).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
        description = "Output file for BPE codes (default or -: standard output).")
    Path output;

    @Option(names = {"-s", "--symbols"}, defaultValue = "10000", paramLabel = "N",
        description = "Number of merge operations to learn (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--min-frequency", defaultValue = "2", paramLabel = "FREQ",
        description = "Stop when no symbol pair has frequency >= FREQ (default: ${DEFAULT-VALUE}).")
    long minFrequency;

    @Option(names = {"-t", "--total-symbols"},
        description = "Subtract the number of distinct characters from --symbols.")
    boolean totalSymbols;

    @Option(names = "--dict-input",
        description = "Input is a word counts file: one 'word count' a line.")
    boolean dictInput;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try {
        String source = isStandard(input) ? STDIN : input.toString();
        String text = bpe.readText(input);
        WordCounter counter = new WordCounter();
        if (dictInput) {
          counter.addCountsText(text, source);
        } else {
          counter.addText(text);
        }
        text = null; // let the input go before learning
        BpeCodes codes = new BpeLearner(symbols, minFrequency, totalSymbols)
            .learn(counter.counts(), message -> err.println(message));
        err.flush();
        writeOutput(output, codes.toFileText(), spec.commandLine().getOut());
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        return fail(err, "learn", e);
      }
    }
  }

  /** {@code rdrop bpe apply}: apply_bpe.py. */
  @Command(
      name = "apply",
      description = "Segment tokenized text with BPE codes (like apply_bpe.py).")
  static final class Apply implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand BpeCommand bpe;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-c", "--codes"}, required = true, paramLabel = "PATH",
        description = "BPE codes file (from rdrop bpe learn or learn_bpe.py; -: standard input).")
    Path codes;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
        description = "Input text (default or -: standard input).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
        description = "Output file (default or -: standard output).")
    Path output;

    @Option(names = {"-s", "--separator"}, defaultValue = "@@", paramLabel = "STR",
        description = "Separator after non-final subwords (default: ${DEFAULT-VALUE}).")
    String separator;

    @Option(names = {"-m", "--merges"}, defaultValue = "-1", paramLabel = "INT",
        description = "Use only the first INT merge operations (default: all).")
    int merges;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (isStandard(codes) && isStandard(input)) {
          throw new IllegalArgumentException("--codes - reads standard input: give the text with -i FILE");
        }
        BpeCodes bpeCodes = isStandard(codes)
            ? BpeCodes.parse(TextFiles.readUtf8(bpe.standardInput, STDIN), STDIN, merges)
            : BpeCodes.read(codes, merges);
        // On bytes: the segmenter cuts UTF-8 itself, so the text is never decoded whole nor the output encoded.
        byte[] text = isStandard(input) ? bpe.standardInput.readAllBytes() : TextFiles.readBytes(input);
        String source = isStandard(input) ? STDIN : input.toString();
        // A large text in one piece per core (the same output; each piece meets most words again).
        int parts = text.length < PARALLEL_BYTES ? 1 : Runtime.getRuntime().availableProcessors();
        byte[] out = parts == 1
            ? new BpeSegmenter(bpeCodes, separator).processUtf8(text, source)
            : BpeSegmenter.processUtf8(bpeCodes, separator, text, source, parts);
        writeOutput(output, out, spec.commandLine().getOut());
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        return fail(err, "apply", e);
      }
    }
  }

  private static final String STDIN = "<stdin>";

  /** Texts from this size on are segmented on every core. */
  private static final int PARALLEL_BYTES = 1 << 20;

  /** Absent or {@code -}: standard input or output, as argparse.FileType reads {@code -}. */
  static boolean isStandard(Path file) {
    return file == null || file.toString().equals("-");
  }

  private String readText(Path input) throws IOException {
    return isStandard(input) ? TextFiles.readUtf8(standardInput, STDIN) : TextFiles.readUtf8(input);
  }

  /**
   * Writes UTF-8 to {@code file} atomically, or to standard output ({@code out}, which rdrop's main makes
   * UTF-8) when it is absent or {@code -}.
   */
  static void writeOutput(Path file, String text, PrintWriter out) throws IOException {
    writeOutput(file, text.getBytes(StandardCharsets.UTF_8), out);
  }

  /** {@link #writeOutput(Path, String, PrintWriter)} of UTF-8 bytes. */
  static void writeOutput(Path file, byte[] utf8, PrintWriter out) throws IOException {
    if (!isStandard(file)) {
      AtomicFiles.write(file, utf8);
      return;
    }
    out.print(new String(utf8, StandardCharsets.UTF_8));
    if (out.checkError()) { // flushes; a PrintWriter keeps write errors (a closed pipe) to itself
      throw new IOException("<stdout>: write error");
    }
  }

  private static int fail(PrintWriter err, String command, Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException && !message.contains("no such file")) {
      message = message + ": no such file";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      message = message + ": permission denied";
    }
    err.println("rdrop bpe " + command + ": error: " + message);
    err.flush();
    return 1;
  }
}
