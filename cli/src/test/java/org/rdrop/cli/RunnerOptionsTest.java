package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The runner settings as this module sees them: DirectRunner only (Flink lives in pipeline-flink). */
class RunnerOptionsTest {
  private static RunnerOptions parse(String... args) {
    RunnerOptions o = new RunnerOptions();
    new CommandLine(o).parseArgs(args);
    return o;
  }

  @Test
  void directRunnerIsTheDefaultAndTakesTheParallelism() {
    PipelineOptions options = parse("--parallelism", "3").toPipelineOptions();
    assertThat(options.getRunner()).isEqualTo(DirectRunner.class);
    assertThat(options.as(DirectOptions.class).getTargetParallelism()).isEqualTo(3);
  }

  @Test
  void flinkRunnerWithoutTheFlinkModuleSaysWhereToGetIt() {
    assertThat(getClass().getClassLoader().getResource("org/apache/beam/runners/flink/FlinkRunner.class")).isNull();
    assertThatThrownBy(() -> parse("--runner", "FlinkRunner").toPipelineOptions())
        .hasMessageContaining("FlinkRunner is not on the classpath")
        .hasMessageContaining("./rdrop");
  }

  @Test
  void settingsThatDoNotFitTheRunnerAreErrors() {
    assertThatThrownBy(() -> parse("--flink-master", "[local]").toPipelineOptions())
        .hasMessage("--flink-master applies to --runner FlinkRunner only");
    assertThatThrownBy(() -> parse("--runner", "SparkRunner").toPipelineOptions())
        .hasMessage("unknown runner 'SparkRunner': rdrop runs on DirectRunner or FlinkRunner");
    assertThatThrownBy(() -> parse("--parallelism", "-2").toPipelineOptions())
        .hasMessageContaining("--parallelism must be 0");
  }
}
