package org.rdrop.pipeline.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.config.ConfigException;
import org.rdrop.config.ExperimentTasks;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.task.sentences.SentenceTask;

/** The registry is the services file's list of tasks, and experiment files are checked against it. */
class TasksTest {
  private static final List<String> NAMES = List.of("translation", "language_modeling", "image_classification",
      "summarization", "sentence_classification", "regression");

  @TempDir Path dir;

  @Test
  void everyListedTaskIsRegisteredInTheServicesFileOrder() {
    assertThat(Tasks.ALL).extracting(Task::name).containsExactlyElementsOf(NAMES);
    assertThat(Tasks.named("regression")).isInstanceOf(SentenceTask.Regression.class);
    assertThat(ExperimentTasks.registered().all()).isEqualTo(Tasks.ALL);
    assertThatThrownBy(() -> Tasks.named("parsing")).hasMessage("unknown task 'parsing': one of " + NAMES);
  }

  @Test
  void anExperimentFileNamesOneOfTheRegisteredTasks() throws IOException {
    String smoke = Files.readString(Experiments.home().resolve("experiments/smoke.yaml"));
    Path f = Files.writeString(dir.resolve("exp.yaml"), smoke.replace("task: translation\n", "task: parsing\n"));
    assertThatThrownBy(() -> Experiments.parse(f)).isInstanceOf(ConfigException.class)
        .hasMessage(f + ":4:1: key 'task': must be one of " + NAMES + ", got parsing");
  }

  @Test
  void docsListEveryTask() throws IOException {
    String docs = Files.readString(Experiments.home().resolve("docs/tasks.md"));
    for (String name : NAMES) {
      assertThat(docs).as("docs/tasks.md's table").contains("\n| `" + name + "` |");
    }
  }
}
