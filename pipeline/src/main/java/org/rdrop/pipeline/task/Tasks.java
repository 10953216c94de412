package org.rdrop.pipeline.task;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.ExperimentTasks;

/**
 * Every task rdrop knows, by the name an experiment file gives it: an instance of each class {@link Task}
 * permits, in its {@code permits} order (a sealed entry stands for the classes it permits in turn). The experiment checks find
 * this registry through {@code META-INF/services} ({@link ExperimentTasks}).
 */
public final class Tasks implements ExperimentTasks {
  static final List<Task> ALL = Arrays.stream(Task.class.getPermittedSubclasses()).flatMap(Tasks::instances)
      .toList();

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

  private static Stream<Task> instances(Class<?> entry) {
    if (entry.isSealed()) {
      return Arrays.stream(entry.getPermittedSubclasses()).flatMap(Tasks::instances);
    }
    try {
      return Stream.of((Task) entry.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(entry.getName() + ": a task entry needs a public constructor without"
          + " arguments (or is sealed)", e);
    }
  }
}
