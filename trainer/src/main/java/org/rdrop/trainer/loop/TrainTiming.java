package org.rdrop.trainer.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.MethodDirectory;

/**
 * A run's wall time: {@code timing.json} beside the trainer's outputs, one session per training process
 * (a resumed run adds one). Wall-clock is not reproducible, so this file is no output: not in the run
 * identity, summary.json, the manifest or any comparison; reports read it for the cost of an update.
 *
 * <pre>
 * {"format": "rdrop-timing/1", "sessions": [{"from_update", "to_update", "steps", "seconds"}...],
 *  "steps", "seconds", "seconds_per_update"}
 * </pre>
 *
 * {@code seconds} covers the loop: updates, validations and checkpoints. Steps redone after an interruption
 * count in both sessions, so {@code seconds_per_update} (seconds / steps) stays the rate of the work done.
 */
public final class TrainTiming {
  public static final String FILE = MethodDirectory.TIMING_JSON;
  public static final String FORMAT = "rdrop-timing/1";

  private TrainTiming() {}

  /** Appends a session of {@code steps} updates ending after update {@code toUpdate}. */
  static void record(Path dir, long toUpdate, long steps, double seconds) throws IOException {
    if (steps == 0) {
      return; // a finished run reused, or resumed only to finish: no training time to add
    }
    Path file = new MethodDirectory(dir).timing();
    ArrayNode sessions = RunIdentity.CANONICAL.createArrayNode();
    if (Files.isRegularFile(file)) {
      JsonNode old = RunIdentity.CANONICAL.readTree(file.toFile()).path("sessions");
      if (old.isArray()) {
        sessions.addAll((ArrayNode) old);
      }
    }
    ObjectNode s = sessions.addObject();
    s.put("from_update", toUpdate - steps);
    s.put("to_update", toUpdate);
    s.put("steps", steps);
    s.put("seconds", seconds);
    long allSteps = 0;
    double allSeconds = 0;
    for (JsonNode x : sessions) {
      allSteps += x.path("steps").asLong();
      allSeconds += x.path("seconds").asDouble();
    }
    ObjectNode root = RunIdentity.CANONICAL.createObjectNode();
    root.put("format", FORMAT);
    root.set("sessions", sessions);
    root.put("steps", allSteps);
    root.put("seconds", allSeconds);
    root.put("seconds_per_update", allSeconds / allSteps);
    AtomicFiles.writeString(file, RunIdentity.CANONICAL.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** Seconds per update of a trained directory, or null when it has no readable timing. */
  public static Double secondsPerUpdate(Path dir) {
    Path file = new MethodDirectory(dir).timing();
    try {
      JsonNode n = RunIdentity.CANONICAL.readTree(file.toFile()).path("seconds_per_update");
      return n.isNumber() ? n.asDouble() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
