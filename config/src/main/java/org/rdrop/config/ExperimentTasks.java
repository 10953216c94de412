package org.rdrop.config;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Where the experiment checks find the tasks. The tasks prepare and evaluate, so they sit above this package
 * and depend on it; their registry provides this interface through {@link ServiceLoader}
 * ({@code META-INF/services}), as the pipeline provides the testkit's report derivation.
 */
public interface ExperimentTasks {
  /** Every task an experiment file may name, in the order an error lists them. */
  List<? extends ExperimentTask> all();

  /** The registry on the class path. */
  static ExperimentTasks registered() {
    return ServiceLoader.load(ExperimentTasks.class).findFirst().orElseThrow(() -> new IllegalStateException(
        "no task registry on the class path (META-INF/services/" + ExperimentTasks.class.getName() + ")"));
  }
}
