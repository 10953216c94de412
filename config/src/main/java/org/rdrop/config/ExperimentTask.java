package org.rdrop.config;

/**
 * A task as an experiment file sees it: its {@code task} value and the rules of the sections that depend on it
 * (which ones it needs, which ones it must not have, and their values). The experiment checks ask the task
 * instead of knowing any task by name, so a new task brings its own rules (docs/tasks.md).
 */
public interface ExperimentTask {
  /** The experiment file's {@code task} value. */
  String name();

  /**
   * Adds a problem to {@code checks} for each section this task needs and {@code c} lacks, each section it does
   * not use and {@code c} has, and each bad value in the sections that only some tasks have. The sections every
   * task has (batch, train, seeds) are checked after it.
   */
  void checkSections(ExperimentConfig c, ExperimentChecks checks);
}
