package org.rdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rdrop.format.Method;
import org.rdrop.pipeline.verify.ReplayRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rdrop replay RUN_DIR --step T}: re-runs training up to step T from the checkpoint before it. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Re-run one training step from the kept checkpoint before it (else from the start) and compare that step's curve row "
        + "bit for bit. Exit 0 when identical.")
public final class ReplayCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run with a trained model.")
  Path runDir;

  @Option(names = "--step", required = true, paramLabel = "T", description = "The update to replay (1-based).")
  long step;

  @Option(names = "--method", defaultValue = "rdrop", paramLabel = "baseline|rdrop",
      description = "Which model's training (default ${DEFAULT-VALUE}).")
  String method;

  @Override
  public Integer call() throws Exception {
    ReplayRun.Result r = ReplayRun.run(runDir, Method.parse(method), step, System.err);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("step %d replayed from %s: %s%n", r.step(),
        r.fromCheckpoint() == 0 ? "the initial parameters (no kept checkpoint before it)"
            : "the checkpoint after update " + r.fromCheckpoint(),
        r.identical() ? "identical" : "DIFFERS");
    out.println("recorded  " + String.join("\t", r.recorded().cells()));
    out.println("replayed  " + String.join("\t", r.replayed().cells()));
    return r.identical() ? 0 : 1;
  }
}
