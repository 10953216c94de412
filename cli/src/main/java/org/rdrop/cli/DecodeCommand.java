package org.rdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.eval.DecodeLayout;
import org.rdrop.pipeline.eval.DecodeRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rdrop decode}: translates a split with a trained method and records the hypotheses. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Translate a split of a trained run directory (beam search as fairseq-generate, or greedy) and write",
      "<method>/" + MethodDirectory.HYPOTHESES + "<split>.bpe, .tok (BPE removed) and .detok (Moses-detokenized),"
          + " recorded in " + RunDirectory.MANIFEST + "."
    })
public final class DecodeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory with a trained method.")
  Path runDir;

  @Option(names = "--method", required = true, paramLabel = "baseline|rdrop", description = "Which model.")
  String method;

  @Option(names = "--split", defaultValue = "test", description = "train, valid or test (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--beam", paramLabel = "N", description = "Beam size (default: the experiment's eval.beam).")
  Integer beam;

  @Option(names = "--greedy", description = "Greedy decoding (beam 1).")
  boolean greedy;

  @Option(names = "--batch-sentences", paramLabel = "N", defaultValue = "" + DecodeRun.DEFAULT_BATCH_SENTENCES,
      description = "Sentences decoded together (default: ${DEFAULT-VALUE}); recorded with the outputs.")
  int batchSentences;

  @Mixin RunnerOptions runner;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (greedy && beam != null) {
      throw new IllegalArgumentException("--greedy and --beam exclude each other");
    }
    Method m = Method.parse(method);
    long t0 = System.nanoTime();
    RunManifest manifest;
    try (RunLock lock = RunDirectory.openForWriting(runDir, "decode", System.err)) {
      manifest = DecodeRun.run(runDir,
          new DecodeRun.Request(m, split, beam, greedy, batchSentences), runner.toPipelineOptions());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    String stage = DecodeLayout.stage(m, split);
    RunManifest.Stage s = manifest.stages().stream().filter(x -> x.name().equals(stage)).findFirst().orElseThrow();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("%s  %s  %s%n", stage, s.parameters(), s.statistics());
    for (String out : s.outputs()) {
      stdout.println("  " + out);
    }
    // Timing goes to stderr: it is not an output of the run.
    System.err.printf(java.util.Locale.ROOT, "rdrop decode: %d sentences in %.1f s (%.1f sentences/s, model loading and Beam included)%n",
        s.statistics().get("sentences"), secs, s.statistics().get("sentences") / secs);
    return 0;
  }
}
