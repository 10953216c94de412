package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rdrop.cli.RdropCommand;
import org.rdrop.config.Experiments;
import org.rdrop.format.CodeVersion;
import org.rdrop.format.Sha256;

/** What the fault-injection tests share: the tiny experiment, the CLI in this JVM and in a child JVM, file trees. */
final class FaultRuns {
  /** The experiment's name: no golden exists for it, so {@code check} compares no curve. */
  static final String NAME = "faults-tiny";
  /** Updates per method and the checkpoint interval: checkpoints 3, 6 and 8, the newest two kept. */
  static final int UPDATES = 8;
  static final int CHECKPOINT_EVERY = 3;

  private FaultRuns() {}

  /**
   * digits-vit cut down to {@link #UPDATES} updates a method with a checkpoint every {@link #CHECKPOINT_EVERY}:
   * every stage (prepare, train, evaluate, report) in seconds, and a kill can fall between two checkpoints.
   */
  static Path writeExperiment(Path dir) throws IOException {
    String yaml = Files.readString(Experiments.home().resolve("experiments/digits-vit.yaml"));
    String tiny = replaceOnce(replaceOnce(replaceOnce(yaml, "name: digits-vit\n", "name: " + NAME + "\n"),
        "    max_updates: 300\n", "    max_updates: " + UPDATES + "\n"),
        "  checkpoint_every: 150\n", "  checkpoint_every: " + CHECKPOINT_EVERY + "\n");
    return Files.writeString(dir.resolve(NAME + ".yaml"), tiny);
  }

  private static String replaceOnce(String text, String from, String to) {
    assertThat(text).as("digits-vit.yaml holds '%s' once", from.strip()).containsOnlyOnce(from);
    return text.replace(from, to);
  }

  static Path corpus() {
    return Experiments.home().resolve("datasets/digits");
  }

  /** The arguments of {@code rdrop reproduce} for the tiny experiment into {@code run}. */
  static String[] reproduce(Path experiment, Path run) {
    return new String[] {"reproduce", experiment.toString(), "--out", run.toString(), "--data", corpus().toString()};
  }

  /** A command's exit code and what it printed on its error stream (picocli's and the command's own). */
  record Outcome(int exit, String out, String err) {}

  /**
   * Runs the CLI in this JVM. Standard output and error are captured: the commands print progress to
   * {@code System.err} and errors to picocli's stream; both end up in {@link Outcome#err}.
   */
  static synchronized Outcome cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    // Before the command line exists: some commands keep the System.out they were built with.
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
    try {
      var cmd = RdropCommand.newCommandLine();
      StringWriter err = new StringWriter();
      cmd.setErr(new PrintWriter(err, true));
      cmd.setOut(new PrintWriter(System.out, true));
      int exit = cmd.execute(args);
      cmd.getOut().flush(); // check prints without a line end's flush
      return new Outcome(exit, out.toString(StandardCharsets.UTF_8), progress.toString(StandardCharsets.UTF_8) + err);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  /**
   * Starts the CLI in a child JVM (this JVM's classpath and code version), its output going to {@code log}.
   * {@code env} adds environment variables.
   */
  static Process child(Path log, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        // C1 only and the serial GC: a child lives seconds, mostly starting up (as ./rdrop runs short jobs).
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-Dai.djl.offline=true",
        "-Drdrop.home=" + Experiments.home()));
    if (System.getProperty(CodeVersion.PROPERTY) != null) { // the code version is part of every identity
      cmd.add("-D" + CodeVersion.PROPERTY + "=" + System.getProperty(CodeVersion.PROPERTY));
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), RdropCommand.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Waits until {@code log} holds a line starting with {@code prefix}; false if {@code p} ended first. */
  static boolean awaitLine(Process p, Path log, String prefix, long timeoutSeconds)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      boolean alive = p.isAlive();
      if (Files.exists(log) && Files.readString(log).lines().anyMatch(l -> l.startsWith(prefix))) {
        return true;
      }
      if (!alive) {
        return false;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no '" + prefix + "' in " + log + " after " + timeoutSeconds + " s");
  }

  /** Every regular file under {@code root} by its '/'-path relative to it, hidden ones included. */
  static SortedMap<String, Path> files(Path root) throws IOException {
    SortedMap<String, Path> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(f -> out.put(root.relativize(f).toString().replace('\\', '/'), f));
    }
    return out;
  }

  static byte[] bytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's SHA-256: compared instead of the bytes, so that a failure prints two lines, not two files. */
  static String sha256(Path f) {
    try {
      return Sha256.of(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the suite writes its tables: target/fault-injection of the module. */
  static Path reportDir() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("basedir", ".")).resolve("target/fault-injection"));
  }
}
