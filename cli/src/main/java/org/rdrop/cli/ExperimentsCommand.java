package org.rdrop.cli;

import java.util.concurrent.Callable;
import org.rdrop.config.Experiments;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rdrop experiments}: the built-in experiments, one a line. */
@Command(name = "experiments", mixinStandardHelpOptions = true, description = "List the built-in experiments.")
public final class ExperimentsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (String name : Experiments.builtIn()) {
      Experiments.Experiment e = Experiments.load(name);
      String mark = name.equals(Experiments.DEFAULT) ? " (default)" : "";
      spec.commandLine().getOut().printf("%-16s %s%s%n", name, e.config().description(), mark);
    }
    return 0;
  }
}
