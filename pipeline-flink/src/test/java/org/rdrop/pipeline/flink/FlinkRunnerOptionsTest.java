package org.rdrop.pipeline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.junit.jupiter.api.Test;
import org.rdrop.pipeline.cli.RunnerOptions;
import picocli.CommandLine;

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
  void aClusterAddressAndParallelismPassThrough() {
    FlinkPipelineOptions f = parse("--runner=FlinkRunner", "--flink-master", "jobmanager:8081", "--parallelism", "8");
    assertThat(f.getFlinkMaster()).isEqualTo("jobmanager:8081");
    assertThat(f.getParallelism()).isEqualTo(8);
  }
}
