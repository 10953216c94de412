package org.rdrop.pipeline.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import picocli.CommandLine.Option;

/** Where the Beam stages run: DirectRunner (embedded, the default) with a chosen parallelism. */
public final class RunnerOptions {
  @Option(
      names = "--runner",
      defaultValue = "DirectRunner",
      description = "Beam runner (default: ${DEFAULT-VALUE}).")
  String runner;

  @Option(
      names = "--parallelism",
      defaultValue = "0",
      description = "Workers for the Beam stages; 0 = the runner's default. Outputs do not depend on it.")
  int parallelism;

  /** Beam options for these settings. */
  public PipelineOptions toPipelineOptions() {
    List<String> args = new ArrayList<>();
    args.add("--runner=" + runner);
    if (parallelism > 0 && runner.equals("DirectRunner")) {
      args.add("--targetParallelism=" + parallelism);
    }
    args.add("--blockOnRun=true");
    if (runner.equals("DirectRunner") && System.getenv("RDROP_ENFORCE") == null) {
      args.add("--enforceImmutability=false");
      args.add("--enforceEncodability=false");
    }
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().create();
  }
}
