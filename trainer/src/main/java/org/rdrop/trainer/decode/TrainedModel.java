package org.rdrop.trainer.decode;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Sha256;
import org.rdrop.trainer.checkpoint.ParamsFile;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.engine.EngineSetup;
import org.rdrop.trainer.loop.RunIdentity;
import org.rdrop.trainer.model.Models;
import org.rdrop.trainer.model.SequenceModel;

/**
 * A finished training run loaded for evaluation: the model its {@code run.json} describes (effective
 * config, vocabulary size) with the parameters of {@code model.params}, checked against the hash in
 * {@code summary.json}. Parameters do not record gradients. The engine gets the run's intra-op thread
 * count, which is part of the run's identity and changes the last bits of results.
 */
public final class TrainedModel implements AutoCloseable {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final TrainConfig config;
  private final int vocabSize;
  private final String method;
  private final String paramsSha256;
  private final NDManager manager;
  private final SequenceModel model;

  private TrainedModel(TrainConfig config, int vocabSize, String method, String paramsSha256,
      NDManager manager, SequenceModel model) {
    this.config = config;
    this.vocabSize = vocabSize;
    this.method = method;
    this.paramsSha256 = paramsSha256;
    this.manager = manager;
    this.model = model;
  }

  /** Loads the run in {@code dir} (a trainer output directory such as {@code <run>/baseline}). */
  public static TrainedModel load(Path dir) throws IOException {
    MethodDirectory files = new MethodDirectory(dir);
    Path runJson = files.runJson();
    Path params = files.params();
    Path summary = files.summary();
    for (Path p : new Path[] {runJson, params, summary}) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": missing (is " + dir + " a finished training run?)");
      }
    }
    RunIdentity identity = RunIdentity.read(runJson);
    Map<String, Object> fields = identity.fields();
    TrainConfig config;
    try {
      config = JSON.convertValue(fields.get("config"), TrainConfig.class).validate();
    } catch (IllegalArgumentException e) {
      throw new IOException(runJson + ": config: " + e.getMessage(), e);
    }
    if (!(fields.get("vocab_size") instanceof Number n)) {
      throw new IOException(runJson + ": no vocab_size");
    }
    int vocab = n.intValue();
    String method = String.valueOf(fields.get("method"));
    String sha = Sha256.of(params);
    Object expected = RunIdentity.readJson(summary, com.fasterxml.jackson.databind.JsonNode.class)
        .path("params_sha256").asText(null);
    if (!sha.equals(expected)) {
      throw new IOException(params + ": sha256 " + sha + " does not match " + MethodDirectory.SUMMARY_JSON
          + "'s params_sha256 " + expected);
    }
    ParamsFile.Tensors tensors = ParamsFile.read(params);

    Engine engine = EngineSetup.start(config.threads());
    Device device = EngineSetup.device(config.device(), engine);
    NDManager manager = NDManager.newBaseManager(device);
    SequenceModel model = null;
    try {
      model = Models.create(config.model(), vocab);
      var shapes = model.parameters().shapes();
      for (var e : shapes.entrySet()) {
        long[] stored = tensors.shapes().get(e.getKey());
        if (stored != null && !Arrays.equals(stored, e.getValue().getShape())) {
          throw new IOException(params + ": parameter " + e.getKey() + " has shape " + Arrays.toString(stored)
              + ", the model in " + MethodDirectory.RUN_JSON + " needs " + e.getValue());
        }
      }
      try {
        model.initialize(manager, config.seed(), tensors.values());
      } catch (IllegalArgumentException e) {
        throw new IOException(params + ": " + e.getMessage(), e);
      }
      for (NDArray a : model.parameters().arrays()) {
        a.setRequiresGradient(false);
      }
      return new TrainedModel(config, vocab, method, sha, manager, model);
    } catch (IOException | RuntimeException e) {
      if (model != null) {
        model.close();
      }
      manager.close();
      throw e;
    }
  }

  /** The effective train config of the run (method and overrides applied). */
  public TrainConfig config() {
    return config;
  }

  public int vocabSize() {
    return vocabSize;
  }

  /** {@code baseline} or {@code rdrop}, as run.json records it. */
  public String method() {
    return method;
  }

  /** SHA-256 of model.params: the parameter hash. */
  public String paramsSha256() {
    return paramsSha256;
  }

  public SequenceModel model() {
    return model;
  }

  public NDManager manager() {
    return manager;
  }

  /**
   * Makes the calling thread compute with the run's intra-op thread count. libtorch keeps the count per
   * thread (OpenMP), initialised from the last value set; calling this before work on any thread makes
   * the count independent of which thread of a runner does the work.
   */
  public void useRunThreads() {
    EngineSetup.start(config.threads());
  }

  @Override
  public void close() {
    model.close();
    manager.close();
  }
}
