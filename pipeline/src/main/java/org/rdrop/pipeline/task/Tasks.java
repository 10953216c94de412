package org.rdrop.pipeline.task;

import java.util.List;
import org.rdrop.pipeline.config.ExperimentConfig;

/** Every task rdrop knows, by the name an experiment file gives it. */
public final class Tasks {
  /** In the order the documentation lists them. */
  public static final List<Task> ALL = List.of(new TranslationTask(), new LanguageModelTask(),
      new ImageClassificationTask(), new SummarizationTask(), new SentenceClassificationTask(), new RegressionTask());

  private Tasks() {}

  /** The task called {@code name}; fails naming the known ones. */
  public static Task named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown task '" + name + "': one of "
            + ALL.stream().map(Task::name).toList()));
  }

  public static Task of(ExperimentConfig c) {
    return named(c.task());
  }
}
