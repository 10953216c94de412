package org.rdrop.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** bench-train --profile at a tiny shape: the trace is written and the tables printed. */
class BenchCommandTest {
  @TempDir Path dir;

  private static int run(StringWriter out, String... args) {
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    return cl.execute(args);
  }

  @Test
  void profiledUpdatesWriteTheTraceAndPrintWhereTheTimeGoes() throws Exception {
    Path trace = dir.resolve("trace.json");
    StringWriter out = new StringWriter();
    int code = run(out, "--config", Path.of("..", "experiments", "smoke.yaml").toString(), "--shape", "16,32,2,1,1",
        "--vocab-size", "40", "--batch", "4x6", "--steps", "1", "--threads", "1", "--profile", trace.toString());
    assertThat(code).as(out.toString()).isZero();
    assertThat(Files.readString(trace)).contains("\"aten::mm\"", "\"ph\": \"X\"");
    assertThat(out.toString()).contains("profile: 1 baseline, 1 R-Drop updates", trace.toString(),
        "matmul (addmm, mm, bmm, matmul, linear)", "dropout-mask multiply", "Adam and zeroing the gradients",
        "of which making masks (Java)").containsPattern("\\nupdate( +[0-9.]+){6}\\n")
        .containsPattern("\\nmean step +[0-9.]+ s, [0-9.]+ s ");
  }

  @Test
  void aTraceInAMissingDirectoryIsAUsageError() {
    StringWriter out = new StringWriter();
    Path trace = dir.resolve("no/such/trace.json");
    assertThat(run(out, "--config", Path.of("..", "experiments", "smoke.yaml").toString(), "--profile", trace.toString()))
        .isEqualTo(2);
    assertThat(out.toString()).contains("--profile " + trace);
  }

  @Test
  void startingParametersNeedRealBatches() {
    StringWriter out = new StringWriter();
    assertThat(run(out, "--config", Path.of("..", "experiments", "smoke.yaml").toString(), "--params",
        dir.resolve("model.params").toString())).isEqualTo(2);
    assertThat(out.toString()).contains("--params needs --batches");
  }
}
