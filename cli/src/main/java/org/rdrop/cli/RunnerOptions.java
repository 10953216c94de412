package org.rdrop.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import picocli.CommandLine.Option;

/**
 * Where the Beam stages run: DirectRunner (embedded, the default) or FlinkRunner (an embedded Flink
 * mini-cluster or a real cluster), with a chosen parallelism.
 *
 * <p>This module does not depend on Flink: the Flink settings become Beam's own option names
 * ({@code FlinkPipelineOptions}), which {@link PipelineOptionsFactory} resolves when the Flink runner is on
 * the classpath (module {@code pipeline-flink}, which {@code ./rdrop} adds for {@code --runner FlinkRunner}).
 */
public final class RunnerOptions {
  public static final String DIRECT = "DirectRunner";
  public static final String FLINK = "FlinkRunner";
  /** Beam's name for an embedded Flink mini-cluster in this JVM. */
  public static final String FLINK_LOCAL = "[local]";

  static final String FLINK_RUNNER_CLASS = "org.apache.beam.runners.flink.FlinkRunner";
  /** Flink's default REST port, which Beam assumes when the master has none. */
  static final int FLINK_REST_PORT = 8081;
  private static final int CONNECT_TIMEOUT_MS = 5000;

  @Option(
      names = "--runner",
      defaultValue = DIRECT,
      description = "Beam runner: DirectRunner or FlinkRunner (default: ${DEFAULT-VALUE}).")
  String runner;

  @Option(
      names = "--parallelism",
      defaultValue = "0",
      description = "Workers for the Beam stages; 0 = the runner's default. Outputs do not depend on it.")
  int parallelism;

  @Option(
      names = "--flink-master",
      paramLabel = "MASTER",
      description = "FlinkRunner only: " + FLINK_LOCAL + " (an embedded mini-cluster, the default), "
          + "[auto] (the cluster of `flink run`) or HOST:PORT of a JobManager's REST endpoint.")
  String flinkMaster;

  /** Beam options for these settings; a setting that does not fit the runner is an error. */
  public PipelineOptions toPipelineOptions() {
    if (parallelism < 0) {
      throw new IllegalArgumentException("--parallelism must be 0 (the runner's default) or more, not " + parallelism);
    }
    List<String> args = new ArrayList<>();
    args.add("--runner=" + runner);
    args.add("--appName=rdrop"); // job names rdrop-<user>-<time>, as a cluster's web UI lists them
    switch (runner) {
      case DIRECT -> {
        if (flinkMaster != null) {
          throw new IllegalArgumentException("--flink-master applies to --runner " + FLINK + " only");
        }
        if (parallelism > 0) {
          args.add("--targetParallelism=" + parallelism);
        }
        args.add("--blockOnRun=true");
        if (System.getenv("RDROP_ENFORCE") == null) {
          args.add("--enforceImmutability=false");
          args.add("--enforceEncodability=false");
        }
      }
      case FLINK -> {
        requireFlinkOnClasspath();
        String master = flinkMaster == null ? FLINK_LOCAL : flinkMaster;
        if (master.startsWith("[")) {
          if (!master.equals(FLINK_LOCAL) && !master.equals("[auto]")) {
            throw new IllegalArgumentException("--flink-master " + master + ": expected HOST:PORT, [local] or [auto]");
          }
        } else {
          requireReachable(master);
        }
        args.add("--flinkMaster=" + master);
        if (parallelism > 0) {
          args.add("--parallelism=" + parallelism);
        }
        // Flink copies every element between chained operators unless told it need not. No rdrop DoFn
        // changes its input (the DirectRunner's immutability check, on in the tests, enforces that), so
        // the copy only costs time.
        args.add("--fasterCopy=true");
      }
      default -> throw new IllegalArgumentException(
          "unknown runner '" + runner + "': rdrop runs on " + DIRECT + " or " + FLINK);
    }
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().create();
  }

  /**
   * Flink's client retries an unreachable JobManager for about a minute and then reports only "Connection
   * refused"; one connection attempt up front gives a quick error that names the address.
   */
  static void requireReachable(String master) {
    String hostPort = master.replaceFirst("^https?://", "");
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    int port;
    try {
      port = colon < 0 ? FLINK_REST_PORT : Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--flink-master " + master + ": expected HOST:PORT, [local] or [auto]");
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot reach the Flink JobManager at " + host + ":" + port + " (--flink-master): "
          + (e.getMessage() != null ? e.getMessage() : e.toString()));
    }
  }

  private static void requireFlinkOnClasspath() {
    try {
      Class.forName(FLINK_RUNNER_CLASS, false, RunnerOptions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          FLINK + " is not on the classpath: run through ./rdrop (it adds the pipeline-flink module's "
              + "classpath for --runner " + FLINK + ") or the bundled jar (README, section Flink)");
    }
  }
}
