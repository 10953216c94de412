package org.rdrop.container;

import com.github.dockerjava.api.model.Info;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether the Docker daemon can hand a container an NVIDIA GPU. Read from the daemon's info (its
 * registered runtimes), so the GPU branch is chosen up front, never by catching a failed start.
 */
final class GpuRuntime {
  private GpuRuntime() {}

  /** The name of the daemon's NVIDIA runtime, if it has one. */
  static Optional<String> nvidia(Info info) {
    return runtimes(info).stream().filter(r -> r.contains("nvidia")).findFirst();
  }

  /** The daemon's runtimes, sorted, for messages. */
  static TreeSet<String> runtimes(Info info) {
    TreeSet<String> names = new TreeSet<>();
    if (info.getRuntimes() != null) {
      names.addAll(info.getRuntimes().keySet());
    }
    return names;
  }
}
