package org.rdrop.trainer.cli;

import org.rdrop.trainer.engine.Numerics;
import picocli.CommandLine.Option;

/**
 * {@code --numerics portable|native} of every command that runs libtorch. The launcher reads the same
 * option to decide whether to set the kernel pins (they must be in the environment before the JVM
 * starts); here it only selects the mode the engine checks and the run records.
 */
public final class NumericsOption {
  @Option(names = "--numerics", paramLabel = "portable|native", defaultValue = "portable",
      description = "portable (default): kernels pinned to AVX2, the same bits on any x86-64 CPU with AVX2 "
          + "(set by ./rdrop); native: the CPU's fastest kernels, bits follow the CPU (docs/reproducibility.md).")
  void select(String value) {
    Numerics.select(Numerics.Mode.parse(value));
  }
}
