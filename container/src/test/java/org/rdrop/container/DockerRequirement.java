package org.rdrop.container;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests need a Docker daemon and the base image. Without them a developer's run skips the tests
 * and says why; in CI ({@code CI=true}) the same absence fails the run, since a green build with skipped
 * container tests would hide that the image was never exercised.
 */
public final class DockerRequirement implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true but the container tests cannot run: " + missing
          + ". .ci/run installs and starts Docker and builds the base image.");
    }
    System.err.println("container tests skipped: " + missing);
    Assumptions.abort("container tests skipped: " + missing);
  }

  /** Why container tests cannot run here, or null when they can. */
  static String missing() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return "no Docker daemon reachable (start dockerd, or set DOCKER_HOST)";
    }
    String base = TrainerImage.baseImage();
    try {
      DockerClientFactory.instance().client().inspectImageCmd(base).exec();
    } catch (NotFoundException e) {
      return "base image " + base + " is not built (run ci/image/base.sh as root)";
    }
    return null;
  }
}
