package org.rdrop.container;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/**
 * {@link OneShotStartupCheckStrategy} that also keeps what a container leaves when it exits: its exit code
 * and a copy of one of its directories. Testcontainers removes a container whose one-shot run failed
 * before start() returns, so a test of a failing run must take these at the moment of exit.
 */
final class ExitRecorder extends OneShotStartupCheckStrategy {
  private final String containerDir;
  private final Path copyTo;
  private volatile Long exitCode;
  private volatile List<String> files;

  ExitRecorder(String containerDir, Path copyTo) {
    this.containerDir = containerDir;
    this.copyTo = copyTo;
  }

  @Override
  public StartupStatus checkStartupState(DockerClient client, String containerId) {
    StartupStatus status = super.checkStartupState(client, containerId);
    if (status != StartupStatus.NOT_YET_KNOWN && exitCode == null) {
      try {
        files = ContainerFiles.copyOut(client, containerId, containerDir, copyTo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      exitCode = client.inspectContainerCmd(containerId).exec().getState().getExitCodeLong();
    }
    return status;
  }

  /** The exit code, null while the container has not exited. */
  Long exitCode() {
    return exitCode;
  }

  /** Files under the directory at exit (relative, sorted), null while the container has not exited. */
  List<String> files() {
    return files;
  }
}
