package org.rdrop.trainer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.config.TrainConfigLoader;
import org.rdrop.trainer.decode.DecodeBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Decoding throughput of an experiment's model shape (seeded weights, synthetic sentences). */
@Command(name = "bench-decode", mixinStandardHelpOptions = true,
    description = "Time beam search with an experiment's model shape on synthetic sentences.")
public final class DecodeBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin NumericsOption numerics;

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "Experiment YAML.")
  Path config;

  @Option(names = "--vocab-size", defaultValue = "10000", description = "Vocabulary (default ${DEFAULT-VALUE}).")
  int vocab;

  @Option(names = "--sentences", defaultValue = "64", description = "Sentences per timing (default ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--source-length", defaultValue = "40", description = "Source ids, eos included (default ${DEFAULT-VALUE}).")
  int srcLen;

  @Option(names = "--output-length", defaultValue = "40", description = "Hypothesis tokens before eos (default ${DEFAULT-VALUE}).")
  int outLen;

  @Option(names = "--beam", defaultValue = "5", description = "Beam size (default ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--batches", defaultValue = "1,4,16", split = ",", description = "Sentences per batch to time (default ${DEFAULT-VALUE}).")
  int[] batches;

  @Option(names = "--recompute", defaultValue = "4", description = "Sentences for the full-recompute timing; 0 = skip (default ${DEFAULT-VALUE}).")
  int recompute;

  @Option(names = "--threads", description = "Overrides train.threads.")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    TrainConfig c = TrainConfigLoader.load(config);
    if (threads != null) {
      c = c.withThreads(threads);
    }
    TrainConfig.Model m = c.model();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "model d%d ffn%d h%d %d+%d vocab %d, beam %d, source %d, output %d, %d threads%n",
        m.embedDim(), m.ffnDim(), m.heads(), m.encoderLayers(), m.decoderLayers(), vocab, beam, srcLen, outLen,
        c.threads());
    for (DecodeBenchmark.Figure f : DecodeBenchmark.run(c.validate(), vocab, sentences, srcLen, outLen, beam,
        Arrays.copyOf(batches, batches.length), recompute)) {
      out.printf(Locale.ROOT,
          "%-12s batch %3d  %4d sentences  %7.2f s wall  %7.1f sentences/s  %7.2f CPU s  %6.1f ms CPU/sentence  length %.1f%n",
          f.decoder(), f.batch(), f.sentences(), f.seconds(), f.sentencesPerSecond(), f.cpuSeconds(),
          1000 * f.cpuSeconds() / f.sentences(), f.meanLength());
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new DecodeBenchCommand()).execute(args));
  }
}
