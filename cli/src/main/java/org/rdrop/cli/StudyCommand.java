package org.rdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rdrop.format.Report;
import org.rdrop.config.Study;
import org.rdrop.report.StudyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop study NAME}: the paper's ablations. Every variant of a study file (a grid over one or two
 * settings of an experiment) is reproduced as a normal run in {@code <out>/<variant>/} (a finished one is
 * reused), then the study's table, chart and verdict are written to {@code <out>/study.{json,md,html}}.
 */
@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    description = "Run a study (experiments/studies/NAME.yaml): each variant as a run, then its table and verdict.")
public final class StudyCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  @Parameters(index = "0", paramLabel = "NAME|FILE", description = "A built-in study or a study file.")
  String study;

  @Option(names = "--out", description = "Directory of the study's runs and tables (default: runs/study-NAME).")
  Path out;

  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    runner.toPipelineOptions(); // a wrong runner setting fails before any work
    PrintWriter pw = spec.commandLine().getOut();
    Study.Loaded loaded = Study.load(study);
    List<Study.Variant> variants = loaded.variants(); // every variant checked before any work
    Path dir = out != null ? out : Path.of("runs", "study-" + loaded.study().name());
    System.err.printf("rdrop study %s: %d variants of %s -> %s%n", loaded.study().name(), variants.size(),
        loaded.study().experiment(), dir);
    Reproductions reproductions = new Reproductions(runner, overrides, pw, true);
    List<Report> reports = new ArrayList<>();
    for (Study.Variant v : variants) {
      pw.printf(Locale.ROOT, "%n== %s ==%n", v.name());
      reports.add(reproductions.experiment(new ExperimentOptions.Resolved(v.experiment(),
          v.experiment().corpusDir(null), dir.resolve(v.name()))));
    }
    Files.createDirectories(dir);
    StudyReport.Summary s = StudyReport.of(loaded.study(), variants, reports);
    StudyReport.write(dir, s);
    pw.println();
    if (s.verdict() != null) {
      pw.println("Verdict on the paper's best cell " + s.claim().cell() + ": " + s.verdict() + ": " + s.why());
    }
    pw.println("Study: " + dir.resolve(StudyReport.HTML));
    return 0;
  }
}
