package org.rdrop.pipeline.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.junit.jupiter.api.Test;
import org.rdrop.cli.RunnerOptions;
import picocli.CommandLine;
import org.rdrop.testkit.junit.CommandOutcome;

/** rdrop's runner flags become Beam's FlinkPipelineOptions. */
class FlinkRunnerOptionsTest {
  private static FlinkPipelineOptions parse(String... args) {
    RunnerOptions o = new RunnerOptions();
    new CommandLine(o).parseArgs(args);
    PipelineOptions options = o.toPipelineOptions();
    assertThat(options.getRunner()).isEqualTo(FlinkRunner.class);
    return options.as(FlinkPipelineOptions.class);
  }

  @Test
  void anEmbeddedMiniClusterIsTheDefault() {
    FlinkPipelineOptions f = parse("--runner", "FlinkRunner");
    assertThat(f.getFlinkMaster()).isEqualTo("[local]");
    assertThat(f.getParallelism()).isEqualTo(-1); // Beam's "not set": Flink picks
    assertThat(f.getFasterCopy()).isTrue();
  }

  @Test
  void aClusterAddressAndParallelismPassThrough() throws IOException {
    try (ServerSocket jobManager = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String master = "127.0.0.1:" + jobManager.getLocalPort();
      FlinkPipelineOptions f = parse("--runner=FlinkRunner", "--flink-master", master, "--parallelism", "8");
      assertThat(f.getFlinkMaster()).isEqualTo(master);
      assertThat(f.getParallelism()).isEqualTo(8);
    }
  }

  @Test
  void anUnknownMasterFormIsRefused() {
    RunnerOptions o = new RunnerOptions();
    new CommandLine(o).parseArgs("--runner", "FlinkRunner", "--flink-master", "[cluster]");
    assertThatThrownBy(o::toPipelineOptions).hasMessage("--flink-master [cluster]: expected HOST:PORT, [local] or [auto]");
  }

  @Test
  void anUnreachableJobManagerIsAQuickErrorNamingIt() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    long t0 = System.nanoTime();
    CommandOutcome o = RdropCli.run("prepare", "smoke", "--runner", "FlinkRunner", "--flink-master", "127.0.0.1:" + port);
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("cannot reach the Flink JobManager at 127.0.0.1:" + port);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10.0); // Flink's own client retries for a minute
  }
}
