package org.rdrop.container;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests need a Docker daemon and the base image. Without them a developer's run skips each test
 * and says why; in CI ({@code CI=true}) the same absence fails the run, since a green build with skipped
 * container tests would hide that the image was never exercised.
 */
public final class DockerRequirement implements ExecutionCondition, BeforeAllCallback {
  private static Optional<String> missing;

  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> m = missing();
    if (m.isPresent() && !inCi()) {
      System.err.println("container tests skipped: " + m.get());
      return ConditionEvaluationResult.disabled("container tests skipped: " + m.get());
    }
    // In CI a missing requirement is reported as a failure, by beforeAll.
    return ConditionEvaluationResult.enabled("Docker and the base image are available");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<String> m = missing();
    if (m.isPresent()) {
      throw new AssertionError("CI=true but the container tests cannot run: " + m.get()
          + ". .ci/run installs and starts Docker and builds the base image.");
    }
  }

  /** Why container tests cannot run here, if they cannot. */
  static synchronized Optional<String> missing() {
    if (missing == null) {
      missing = Optional.ofNullable(check());
    }
    return missing;
  }

  private static String check() {
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
