package org.rdrop.trainer.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.MethodDirectory;

/**
 * A run's wall time: {@code timing.json} beside the trainer's outputs, one session per training process
 * (a resumed run adds one). A process rewrites its session at every checkpoint, so the time of a process that
 * was killed is kept up to its last checkpoint, the point its successor resumes from. Wall-clock is not
 * reproducible, so this file is no output: not in the run identity, summary.json, the manifest or any
 * comparison; reports read it for the cost of an update.
 *
 * <pre>
 * {"format": "rdrop-timing/1",
 *  "sessions": [{"from_update", "to_update", "steps", "seconds", "seconds_by_part": {"updates", ...}}...],
 *  "steps", "seconds", "seconds_per_update", "seconds_by_part", "update_step_seconds"}
 * </pre>
 *
 * {@code seconds} covers the loop: updates, validations and checkpoints. Steps redone after an interruption
 * count in both sessions, so {@code seconds_per_update} (seconds / steps) stays the rate of the work done.
 * {@code seconds_by_part} splits it: {@code updates} (the update steps alone, what {@code bench-train} times)
 * and each listener's hooks (progress, curve, validation, dropout_kl, checkpoints, timing); the rest of
 * {@code seconds} is the loop itself. {@code update_step_seconds} is updates / steps. A session written
 * before the split has no {@code seconds_by_part}; the totals then hold only the sessions that have one.
 */
public final class TrainTiming {
  public static final String FILE = MethodDirectory.TIMING_JSON;
  public static final String FORMAT = "rdrop-timing/1";

  private TrainTiming() {}

  /** The number of sessions timing.json holds (0 when there is none): the index of the next one. */
  static int sessions(Path dir) throws IOException {
    return earlierSessions(new MethodDirectory(dir).timing(), Integer.MAX_VALUE).size();
  }

  /**
   * Writes session number {@code index} (from 0): {@code steps} updates ending after update {@code toUpdate},
   * keeping the sessions before it and replacing what the same process wrote there before.
   */
  static void record(Path dir, int index, long toUpdate, long steps, double seconds, Map<String, Double> parts)
      throws IOException {
    if (steps == 0) {
      return; // a finished run reused, or resumed only to finish: no training time to add
    }
    Path file = new MethodDirectory(dir).timing();
    ArrayNode sessions = earlierSessions(file, index);
    ObjectNode s = sessions.addObject();
    s.put("from_update", toUpdate - steps);
    s.put("to_update", toUpdate);
    s.put("steps", steps);
    s.put("seconds", seconds);
    ObjectNode byPart = s.putObject("seconds_by_part");
    parts.forEach(byPart::put);
    long allSteps = 0;
    double allSeconds = 0;
    long partSteps = 0;
    Map<String, Double> allParts = new LinkedHashMap<>();
    for (JsonNode x : sessions) {
      allSteps += x.path("steps").asLong();
      allSeconds += x.path("seconds").asDouble();
      if (x.path("seconds_by_part").isObject()) {
        partSteps += x.path("steps").asLong();
        x.path("seconds_by_part").fields().forEachRemaining(f -> allParts.merge(f.getKey(), f.getValue().asDouble(), Double::sum));
      }
    }
    ObjectNode root = RunIdentity.CANONICAL.createObjectNode();
    root.put("format", FORMAT);
    root.set("sessions", sessions);
    root.put("steps", allSteps);
    root.put("seconds", allSeconds);
    root.put("seconds_per_update", allSeconds / allSteps);
    ObjectNode allByPart = root.putObject("seconds_by_part");
    allParts.forEach(allByPart::put);
    if (partSteps > 0 && allParts.containsKey(LoopClock.UPDATES)) {
      root.put("update_step_seconds", allParts.get(LoopClock.UPDATES) / partSteps);
    }
    AtomicFiles.writeString(file, RunIdentity.CANONICAL.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  private static ArrayNode earlierSessions(Path file, int limit) throws IOException {
    ArrayNode sessions = RunIdentity.CANONICAL.createArrayNode();
    if (Files.isRegularFile(file)) {
      JsonNode old = RunIdentity.CANONICAL.readTree(file.toFile()).path("sessions");
      for (int i = 0; i < old.size() && i < limit; i++) {
        sessions.add(old.get(i));
      }
    }
    return sessions;
  }

  /** Seconds per update of a trained directory (the whole loop), or null when it has no readable timing. */
  public static Double secondsPerUpdate(Path dir) {
    return number(dir, "seconds_per_update");
  }

  /** Seconds per update step alone (no validation, checkpoints or logging), or null when not recorded. */
  public static Double updateStepSeconds(Path dir) {
    return number(dir, "update_step_seconds");
  }

  private static Double number(Path dir, String field) {
    Path file = new MethodDirectory(dir).timing();
    try {
      JsonNode n = RunIdentity.CANONICAL.readTree(file.toFile()).path(field);
      return n.isNumber() ? n.asDouble() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
