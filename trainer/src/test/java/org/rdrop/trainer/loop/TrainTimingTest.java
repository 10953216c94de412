package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTimingTest {
  @TempDir Path dir;

  private JsonNode read() throws Exception {
    return new ObjectMapper().readTree(dir.resolve(TrainTiming.FILE).toFile());
  }

  @Test
  void aProcessRewritesItsOwnSessionAndKeepsTheEarlierOnes() throws Exception {
    assertThat(TrainTiming.sessions(dir)).isZero();
    // A first process, killed after its checkpoint at update 20: what it wrote there is what remains.
    TrainTiming.record(dir, 0, 10, 10, 4.0, Map.of("updates", 3.0));
    TrainTiming.record(dir, 0, 20, 20, 8.0, Map.of("updates", 6.0));
    assertThat(TrainTiming.sessions(dir)).isEqualTo(1);
    // Its successor resumes from update 20 and writes session 1, twice.
    int next = TrainTiming.sessions(dir);
    TrainTiming.record(dir, next, 30, 10, 5.0, Map.of("updates", 4.0, "validation", 0.5));
    TrainTiming.record(dir, next, 40, 20, 10.0, Map.of("updates", 8.0, "validation", 1.0));

    JsonNode t = read();
    assertThat(t.get("sessions")).hasSize(2);
    assertThat(t.get("sessions").get(0).get("to_update").asLong()).isEqualTo(20);
    assertThat(t.get("sessions").get(1).get("from_update").asLong()).isEqualTo(20);
    assertThat(t.get("sessions").get(1).get("to_update").asLong()).isEqualTo(40);
    assertThat(t.get("steps").asLong()).isEqualTo(40);
    assertThat(t.get("seconds").asDouble()).isEqualTo(18.0);
    assertThat(t.get("seconds_per_update").asDouble()).isEqualTo(18.0 / 40);
    assertThat(t.get("seconds_by_part").get("updates").asDouble()).isEqualTo(14.0);
    assertThat(t.get("seconds_by_part").get("validation").asDouble()).isEqualTo(1.0);
    assertThat(t.get("update_step_seconds").asDouble()).isEqualTo(14.0 / 40);
    assertThat(TrainTiming.secondsPerUpdate(dir)).isEqualTo(18.0 / 40);
    assertThat(TrainTiming.updateStepSeconds(dir)).isEqualTo(14.0 / 40);
  }

  @Test
  void aSessionWithoutStepsWritesNothing() throws Exception {
    TrainTiming.record(dir, 0, 40, 0, 0.1, Map.of());
    assertThat(dir.resolve(TrainTiming.FILE)).doesNotExist();
    assertThat(TrainTiming.secondsPerUpdate(dir)).isNull();
  }

  @Test
  void sessionsWrittenBeforeTheSplitCountInTheTotalsButNotInTheParts() throws Exception {
    java.nio.file.Files.writeString(dir.resolve(TrainTiming.FILE), """
        {"format": "rdrop-timing/1", "sessions": [{"from_update": 0, "to_update": 10, "steps": 10, "seconds": 6.0}],
         "steps": 10, "seconds": 6.0, "seconds_per_update": 0.6}
        """);
    TrainTiming.record(dir, TrainTiming.sessions(dir), 20, 10, 4.0, Map.of("updates", 3.0));
    JsonNode t = read();
    assertThat(t.get("seconds_per_update").asDouble()).isEqualTo(10.0 / 20);
    assertThat(t.get("update_step_seconds").asDouble()).isEqualTo(3.0 / 10);
  }
}
