package org.rdrop.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rdrop.testkit.junit.GoldenAssertions.assertThatCurve;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.testkit.compare.Tolerance;
import org.rdrop.format.Curve;
import org.rdrop.format.RunCurve;
import org.rdrop.trainer.loop.PlatformFingerprint;
import org.rdrop.trainer.loop.RunIdentity;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The trainer image, run with Testcontainers: the smoke data is prepared on the host and copied in, the
 * run directory is copied out and compared with the same training run in-process on the host.
 */
@ExtendWith(DockerRequirement.class)
class TrainerContainerIT {
  static final String DATA = "/work/data/";
  static final String OUT = "/work/out/run";
  /**
   * GPU against CPU: float32 kernels reduce in another order. The golden's own fallback bounds (atol 1e-6 +
   * rtol 1e-3); a first guess, not measured here (no GPU).
   */
  static final Tolerance GPU_TOLERANCE = new Tolerance(1e-6, 1e-3, 0);
  /** The libtorch build inside the image (pom property libtorch.flavor). */
  static final String FLAVOR = System.getProperty("rdrop.libtorch.flavor", "cpu");

  @Test
  void trainsInTheContainerAsOnTheHost() throws Exception {
    Info info = docker().infoCmd().exec();
    Optional<String> nvidia =
        "off".equals(System.getProperty("rdrop.it.gpu", "auto")) ? Optional.empty() : GpuRuntime.nvidia(info);
    String device = nvidia.isPresent() ? "gpu" : "cpu";
    if (nvidia.isPresent()) {
      assertThat(FLAVOR)
          .as("the Docker daemon has the NVIDIA runtime '%s' but the image's libtorch is the CPU build: "
              + "build it with -Dlibtorch.flavor=cu128 (docs/container.md), or pass -Drdrop.it.gpu=off", nvidia.get())
          .isNotEqualTo("cpu");
      System.out.println("NVIDIA runtime '" + nvidia.get() + "': training on the GPU, compared with the host's CPU run"
          + " and the golden curve within " + GPU_TOLERANCE.describe());
    } else {
      System.out.println("no NVIDIA runtime in the Docker daemon (runtimes: " + String.join(", ", GpuRuntime.runtimes(info))
          + "): training on the CPU, compared bit for bit with the host");
    }
    Path host = SmokeRun.hostRun();
    Path got = SmokeRun.WORK.resolve("container-" + device);

    try (GenericContainer<?> c = trainer(command(device, false), SmokeRun.data())
        .withStartupCheckStrategy(exitsWithin(Duration.ofMinutes(10)))) {
      if (nvidia.isPresent()) {
        // The trainer refuses a GPU run without deterministic cuBLAS workspaces (GpuDeterminism).
        c.withCreateContainerCmdModifier(requestAllGpus()).withEnv("CUBLAS_WORKSPACE_CONFIG", ":4096:8");
      }
      c.start();
      assertThat(ContainerFiles.copyOut(docker(), c.getContainerId(), OUT, got))
          .contains("run.json", "curve.tsv", "valid.tsv", "model.params", "summary.json");
    }

    RunIdentity expected = RunIdentity.read(host.resolve("run.json"));
    RunIdentity actual = RunIdentity.read(got.resolve("run.json"));
    RunCurve hostCurve = RunCurve.load(host.resolve("curve.tsv"));
    if (nvidia.isEmpty()) {
      assertThat(actual.differences(expected))
          .as("run identity (platform fingerprint included) of the container vs the host")
          .isEmpty();
      assertThatCurve(got.resolve("curve.tsv")).matchesCurve(hostCurve);
      assertSameBytes(host, got, "curve.tsv", "valid.tsv", "model.params");
    } else {
      System.out.println("GPU run identity differs from the host's in: " + actual.differences(expected));
      assertThatCurve(got.resolve("curve.tsv")).inMode(Mode.TOLERANCE).withTolerance(GPU_TOLERANCE).matchesCurve(hostCurve);
      assertValidWithin(host.resolve("valid.tsv"), got.resolve("valid.tsv"), GPU_TOLERANCE);
    }
    compareWithGoldenCurve(got.resolve("curve.tsv"), nvidia.isPresent());
  }

  @Test
  void containerKilledMidTrainingResumesToTheSameCurve() throws Exception {
    Path host = SmokeRun.hostRun();
    String volume = "rdrop-it-" + UUID.randomUUID();
    docker().createVolumeCmd().withName(volume).exec();
    try {
      Path atKill = SmokeRun.WORK.resolve("killed");
      // Killed once the log shows update 12 or later: checkpoint 10 exists and the curve has moved past it.
      try (GenericContainer<?> first = trainer(command("cpu", false), SmokeRun.data())
          .withCreateContainerCmdModifier(mount(volume, "/work/out"))
          .waitingFor(Wait.forLogMessage("(?s).*step (1[2-9]|[23][0-9])/" + SmokeRun.STEPS + " .*", 1)
              .withStartupTimeout(Duration.ofMinutes(10)))) {
        first.start();
        String id = first.getContainerId();
        docker().killContainerCmd(id).exec();
        Integer code = docker().waitContainerCmd(id).start().awaitStatusCode(60, TimeUnit.SECONDS);
        assertThat(code).as("exit code after SIGKILL").isEqualTo(137);
        assertThat(ContainerFiles.copyOut(docker(), id, OUT, atKill))
            .as("killed mid-training: a checkpoint, and nothing that looks finished")
            .contains("run.json", "curve.tsv.partial")
            .doesNotContain("summary.json", "curve.tsv", "model.params")
            .anyMatch(f -> f.startsWith("checkpoints/checkpoint-"));
      }

      Path resumed = SmokeRun.WORK.resolve("resumed");
      try (GenericContainer<?> second = trainer(command("cpu", true), SmokeRun.data())
          .withCreateContainerCmdModifier(mount(volume, "/work/out"))
          .withStartupCheckStrategy(exitsWithin(Duration.ofMinutes(10)))) {
        second.start();
        assertThat(second.getLogs()).contains("resuming after update");
        assertThat(ContainerFiles.copyOut(docker(), second.getContainerId(), OUT, resumed))
            .contains("curve.tsv", "valid.tsv", "model.params", "summary.json")
            .doesNotContain("curve.tsv.partial");
      }
      assertThatCurve(resumed.resolve("curve.tsv")).matchesCurve(RunCurve.load(host.resolve("curve.tsv")));
      assertSameBytes(host, resumed, "curve.tsv", "valid.tsv", "model.params");
    } finally {
      docker().removeVolumeCmd(volume).exec();
    }
  }

  @Test
  void verifyInTheContainerReproducesTheHostRun() throws Exception {
    Path host = SmokeRun.hostRun();
    List<String> args = List.of("verify", "/work/in/run", "--batches", DATA + "train.batches", "--valid",
        DATA + "valid.batches", "--out", "/work/out/verify");
    ToStringConsumer log = new ToStringConsumer();
    try (GenericContainer<?> c = trainer(args, SmokeRun.data())
        .withLogConsumer(log)
        .withStartupCheckStrategy(exitsWithin(Duration.ofMinutes(10)))) {
      for (String f : List.of("run.json", "curve.tsv", "valid.tsv", "dropout-kl.tsv", "model.params")) {
        c.withCopyFileToContainer(MountableFile.forHostPath(host.resolve(f), 0644), "/work/in/run/" + f);
      }
      c.start();
    }
    assertThat(log.toUtf8String())
        .contains("identical  run/curve.tsv", "identical  run/valid.tsv", "identical  run/dropout-kl.tsv",
            "identical  run/model.params",
            "reproduced (rerun in /work/out/verify)")
        .doesNotContain("run.json differs");
  }

  @Test
  void corruptBatchFileFailsWithAClearMessageAndNoFinishedOutput() throws Exception {
    Path data = SmokeRun.data();
    Path inputs = Files.createDirectories(SmokeRun.WORK.resolve("corrupt-inputs"));
    for (String f : SmokeRun.INPUTS) {
      Files.copy(data.resolve(f), inputs.resolve(f));
    }
    // Cut in the middle of a batch, as an interrupted copy would leave it.
    byte[] whole = Files.readAllBytes(inputs.resolve("train.batches"));
    Files.write(inputs.resolve("train.batches"), java.util.Arrays.copyOf(whole, whole.length / 2));

    ExitRecorder exit = new ExitRecorder("/work/out", SmokeRun.WORK.resolve("corrupt-out"));
    ToStringConsumer log = new ToStringConsumer();
    try (GenericContainer<?> c = trainer(command("cpu", false), inputs)
        .withLogConsumer(log)
        .withStartupCheckStrategy(exit.withTimeout(Duration.ofMinutes(5)))) {
      System.err.println("corrupt batch file: the trainer must fail, so Testcontainers logs 'Could not start container'");
      assertThatThrownBy(c::start).isInstanceOf(ContainerLaunchException.class);
    }
    assertThat(exit.exitCode()).as("exit code").isEqualTo(1L);
    assertThat(log.toUtf8String())
        .contains("rdrop train: corrupt batch file " + DATA + "train.batches at byte ")
        .contains("truncated")
        .doesNotContain("Exception");
    assertThat(exit.files())
        .as("files left in /work/out")
        .noneMatch(f -> f.endsWith("summary.json") || f.endsWith("curve.tsv") || f.endsWith("model.params"));
  }

  /**
   * The golden-curve comparison (testkit): the container's curve against golden {@code smoke/rdrop}, in the
   * golden's declared mode (exact on the platform it was made on, its fallback tolerance elsewhere), or
   * within {@link #GPU_TOLERANCE} for a GPU run.
   */
  static void compareWithGoldenCurve(Path curve, boolean gpu) {
    var assertion = assertThatCurve(curve);
    if (gpu) {
      assertion.inMode(Mode.TOLERANCE).withTolerance(GPU_TOLERANCE);
    }
    assertion.matchesGolden(SmokeRun.GOLDEN);
    System.out.println("golden " + SmokeRun.GOLDEN + ": " + assertion.report().headline());
  }

  /** Byte-identical files in two run directories (the curves' every {@code _bits} column included). */
  private static void assertSameBytes(Path expectedDir, Path actualDir, String... files) throws IOException {
    for (String f : files) {
      assertThat(Files.mismatch(expectedDir.resolve(f), actualDir.resolve(f)))
          .as("first differing byte of %s (-1: identical)", f)
          .isEqualTo(-1L);
    }
  }

  /** valid.tsv rows: same checkpoints and token counts, losses within the tolerance. */
  private static void assertValidWithin(Path expected, Path actual, Tolerance tolerance) throws IOException {
    List<Curve.ValidRow> e = Curve.readValid(expected);
    List<Curve.ValidRow> a = Curve.readValid(actual);
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) {
      assertThat(a.get(i).step()).isEqualTo(e.get(i).step());
      assertThat(a.get(i).tokens()).isEqualTo(e.get(i).tokens());
      assertThat(tolerance.allows(e.get(i).loss(), a.get(i).loss()))
          .as("valid loss at step %d: %s vs %s", e.get(i).step(), e.get(i).loss(), a.get(i).loss()).isTrue();
      assertThat(tolerance.allows(e.get(i).nll(), a.get(i).nll()))
          .as("valid nll at step %d: %s vs %s", e.get(i).step(), e.get(i).nll(), a.get(i).nll()).isTrue();
    }
  }

  private static DockerClient docker() {
    return DockerClientFactory.instance().client();
  }

  /** {@code train-batches} with the container's paths. */
  private static List<String> command(String device, boolean resume) {
    List<String> args = new ArrayList<>();
    args.add("train-batches");
    args.addAll(SmokeRun.trainArgs(DATA, OUT, device));
    if (resume) {
      args.add("--resume");
    }
    return args;
  }

  /**
   * A trainer container with {@code inputs} (train/valid batches, dictionary, experiment) copied into
   * /work/data, and the host's values of the environment variables a run's fingerprint records: they are
   * part of the identity, so the container must see the same.
   */
  private static GenericContainer<?> trainer(List<String> args, Path inputs) {
    GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(TrainerImage.name()))
        .withCommand(args.toArray(String[]::new))
        .withLogConsumer(frame -> {
          String text = frame.getUtf8String();
          if (!text.isEmpty()) {
            System.err.print("[container] " + (text.endsWith("\n") ? text : text + "\n"));
          }
        });
    for (String f : SmokeRun.INPUTS) {
      c.withCopyFileToContainer(MountableFile.forHostPath(inputs.resolve(f), 0644), DATA + f);
    }
    for (String k : PlatformFingerprint.environmentVariables()) {
      String v = System.getenv(k);
      if (v != null) {
        c.withEnv(k, v);
      }
    }
    return c;
  }

  private static OneShotStartupCheckStrategy exitsWithin(Duration limit) {
    return (OneShotStartupCheckStrategy) new OneShotStartupCheckStrategy().withTimeout(limit);
  }

  /** A named volume at {@code path}: it outlives the container, like a worker's mounted disk. */
  private static Consumer<CreateContainerCmd> mount(String volume, String path) {
    return cmd -> cmd.getHostConfig().withBinds(new Bind(volume, new Volume(path)));
  }

  /** {@code --gpus all}: a device request for every GPU with the capability "gpu". */
  private static Consumer<CreateContainerCmd> requestAllGpus() {
    return cmd -> cmd.getHostConfig()
        .withDeviceRequests(List.of(new DeviceRequest().withCount(-1).withCapabilities(List.of(List.of("gpu")))));
  }
}
