package org.rdrop.pipeline.task;

import java.util.List;
import java.util.ServiceLoader;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.ExperimentTasks;

/**
 * Every task rdrop knows, by the name an experiment file gives it: an instance of each class that
 * {@code META-INF/services/org.rdrop.pipeline.task.Task} lists, in its order. The experiment checks find
 * this registry through {@code META-INF/services} too ({@link ExperimentTasks}).
 */
public final class Tasks implements ExperimentTasks {
  // The tasks sit in the same jar as Task, whatever the thread's context class loader is.
  static final List<Task> ALL = ServiceLoader.load(Task.class, Task.class.getClassLoader()).stream()
      .map(ServiceLoader.Provider::get).toList();

  /** For {@link java.util.ServiceLoader}; the tasks themselves are {@link #named}'s. */
  public Tasks() {}

  @Override
  public List<Task> all() {
    return ALL;
  }

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
