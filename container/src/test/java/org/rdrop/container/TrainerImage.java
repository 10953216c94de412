package org.rdrop.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The trainer image under test, built once per test run with {@link ImageFromDockerfile} from the context
 * Maven assembled ({@code container/target/image-<flavor>}) on top of the local base image. Nothing is pulled: the
 * base image exists locally, or {@link DockerRequirement} stops the tests first.
 */
final class TrainerImage {
  static final Path REPO = Path.of(System.getProperty("rdrop.home", "..")).toAbsolutePath().normalize();
  static final Path CONTEXT =
      Path.of(System.getProperty("rdrop.image.context", "target/image-cpu")).toAbsolutePath().normalize();
  /** Fixed name, kept after the run: Docker's layer cache then makes the next build take seconds. */
  static final String NAME = "rdrop-trainer:it-" + System.getProperty("rdrop.libtorch.flavor", "cpu");

  private static String base;
  private static String built;

  private TrainerImage() {}

  /** The base image's name as ci/image/base.sh computes it from its recipe (one source of truth). */
  static synchronized String baseImage() {
    if (base == null) {
      Path script = REPO.resolve("ci/image/base.sh");
      try {
        Process p = new ProcessBuilder("bash", script.toString(), "--tag").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("rdrop-base:")) {
          throw new IllegalStateException(script + " --tag failed: " + out);
        }
        base = out;
      } catch (IOException e) {
        throw new IllegalStateException("cannot run " + script, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return base;
  }

  /** Builds the image (layers cached by Docker) and returns its name. */
  static synchronized String name() {
    if (built == null) {
      if (!Files.isRegularFile(CONTEXT.resolve("Dockerfile"))) {
        throw new IllegalStateException(CONTEXT + " has no Dockerfile: run `mvn package` on the container module first");
      }
      long t0 = System.nanoTime();
      built = new ImageFromDockerfile(NAME, false)
          .withFileFromPath(".", CONTEXT)
          .withBuildArg("BASE_IMAGE", baseImage())
          .get();
      System.err.printf("trainer image %s built on %s in %.1f s%n", built, baseImage(), (System.nanoTime() - t0) / 1e9);
    }
    return built;
  }
}
