package org.rdrop.pipeline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code rdrop bleu} without picocli when its arguments are plain: option names spelt out in
 * full, values that are simple numbers or words, file names that do not start with {@code -} or
 * {@code @}, each option at most once. Building picocli's model of the command (reflection over its
 * annotations, a few hundred classes that cannot go in the class-data archive) takes longer than
 * scoring 16 systems. Anything else (help, an unknown or repeated option, {@code --name=value}, a
 * missing value, a value picocli would have to judge) is left to picocli, so that its messages
 * stay the only ones; BleuArgsTest checks that both parse the accepted lines alike.
 */
final class BleuArgs {
  private BleuArgs() {}

  /**
   * The exit code of {@code rdrop bleu args}, or null when picocli has to parse {@code args}
   * (nothing has run then).
   */
  static Integer execute(String[] args) {
    BleuCommand cmd = parse(args);
    if (cmd == null) {
      return null;
    }
    // As picocli makes its standard error writer.
    cmd.err = new PrintWriter(new OutputStreamWriter(System.err, stderrCharset()), true);
    try {
      return cmd.call();
    } catch (Exception e) {
      return RdropCommand.reportError(e, "bleu", cmd.err);
    }
  }

  private static Charset stderrCharset() {
    String name = System.getProperty("sun.stderr.encoding");
    if (name == null) {
      return Charset.defaultCharset();
    }
    return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
  }

  /** The command with its options set from {@code args}, or null when picocli has to parse them. */
  static BleuCommand parse(String[] args) {
    BleuCommand c = new BleuCommand();
    c.tokenize = BleuCommand.DEFAULT_TOKENIZE;
    c.smoothMethod = BleuCommand.DEFAULT_SMOOTH_METHOD;
    c.pairedBsN = Integer.parseInt(BleuCommand.DEFAULT_PAIRED_BS_N);
    c.pairedArN = Integer.parseInt(BleuCommand.DEFAULT_PAIRED_AR_N);
    c.confidenceN = Integer.parseInt(BleuCommand.DEFAULT_CONFIDENCE_N);
    c.seed = Long.parseLong(BleuCommand.DEFAULT_SEED);
    c.format = BleuCommand.DEFAULT_FORMAT;
    c.width = Integer.parseInt(BleuCommand.DEFAULT_WIDTH);
    List<Path> references = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@")) {
        return null; // an argument file
      }
      if (!a.startsWith("-")) {
        Path p = path(a);
        if (p == null) {
          return null;
        }
        references.add(p);
        continue;
      }
      String option = canonical(a);
      if (option == null || !seen.add(option)) {
        return null;
      }
      if (option.equals("-i")) {
        List<Path> inputs = new ArrayList<>();
        while (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
          Path p = path(args[++i]);
          if (p == null) {
            return null;
          }
          inputs.add(p);
        }
        if (inputs.isEmpty()) {
          return null;
        }
        c.inputs = inputs;
        continue;
      }
      if (setFlag(c, option)) {
        continue;
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
        return null;
      }
      if (!setValue(c, option, args[++i])) {
        return null;
      }
    }
    if (references.isEmpty() || (seen.contains("-pbs") && seen.contains("-par"))) {
      return null;
    }
    c.references = references;
    return c;
  }

  /** The short name of an option of {@code rdrop bleu} (except help), or null. */
  private static String canonical(String name) {
    switch (name) {
      case "-i": case "--input": return "-i";
      case "-tok": case "--tokenize": return "-tok";
      case "-lc": case "--lowercase": return "-lc";
      case "-s": case "--smooth-method": return "-s";
      case "-sv": case "--smooth-value": return "-sv";
      case "--force": return "--force";
      case "-pbs": case "--paired-bs": return "-pbs";
      case "-par": case "--paired-ar": return "-par";
      case "-pbsn": case "--paired-bs-n": return "-pbsn";
      case "-parn": case "--paired-ar-n": return "-parn";
      case "-ci": case "--confidence": return "-ci";
      case "-cin": case "--confidence-n": return "-cin";
      case "--seed": return "--seed";
      case "-f": case "--format": return "-f";
      case "-w": case "--width": return "-w";
      case "-b": case "--score-only": return "-b";
      case "-sh": case "--short": return "-sh";
      case "-q": case "--quiet": return "-q";
      case "--tokenized": return "--tokenized";
      default: return null;
    }
  }

  private static boolean setFlag(BleuCommand c, String option) {
    switch (option) {
      case "-lc": c.lowercase = true; return true;
      case "--force": c.force = true; return true;
      case "-ci": c.confidence = true; return true;
      case "-b": c.scoreOnly = true; return true;
      case "-sh": c.shortSignature = true; return true;
      case "-q": c.quiet = true; return true;
      case "--tokenized": c.tokenized = true; return true;
      case "-pbs":
        c.paired = new BleuCommand.PairedTest();
        c.paired.bootstrap = true;
        return true;
      case "-par":
        c.paired = new BleuCommand.PairedTest();
        c.paired.randomization = true;
        return true;
      default: return false;
    }
  }

  /** Sets a valued option; false when the value is one picocli should judge. */
  private static boolean setValue(BleuCommand c, String option, String value) {
    switch (option) {
      case "-tok": c.tokenize = value; return true;
      case "-s": c.smoothMethod = value; return true;
      case "-f": c.format = value; return true;
      case "-sv":
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
          return false;
        }
        c.smoothValue = Double.valueOf(value);
        return true;
      case "--seed":
        if (!isSmallNumber(value, 18)) {
          return false;
        }
        c.seed = Long.parseLong(value);
        return true;
      default:
        if (!isSmallNumber(value, 9)) {
          return false;
        }
        int n = Integer.parseInt(value);
        switch (option) {
          case "-pbsn": c.pairedBsN = n; return true;
          case "-parn": c.pairedArN = n; return true;
          case "-cin": c.confidenceN = n; return true;
          case "-w": c.width = n; return true;
          default: return false;
        }
    }
  }

  /** 1 to maxDigits ASCII digits, without a leading zero (picocli may read those as octal). */
  private static boolean isSmallNumber(String s, int maxDigits) {
    if (s.isEmpty() || s.length() > maxDigits || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Path path(String s) {
    try {
      return Paths.get(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
