package org.rdrop.trainer.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import org.rdrop.format.Method;

/**
 * Everything that decides how the trainer turns batches into a model: the {@code train:} section of an
 * experiment file. Field names are the YAML keys (snake_case); every field is required, so an
 * experiment file states each knob and a typo is an error, not a silent default.
 */
public record TrainConfig(
    @JsonProperty(value = "model", required = true) Model model,
    @JsonProperty(value = "optimizer", required = true) Optimizer optimizer,
    @JsonProperty(value = "schedule", required = true) Schedule schedule,
    @JsonProperty(value = "regularization", required = true) Regularization regularization,
    @JsonProperty(value = "seed", required = true) long seed,
    @JsonProperty(value = "threads", required = true) int threads,
    @JsonProperty(value = "device", required = true) String device,
    @JsonProperty(value = "checkpoint_every", required = true) int checkpointEvery,
    @JsonProperty(value = "convergence", required = true) Convergence convergence)
    implements Serializable {

  /** A Transformer encoder over tokens with a classification head ({@code classes} outputs after the specials). */
  public static final String TEXT_CLASSIFIER = "text_classifier";
  /** The same encoder with a scalar regression head (squared error, MSE consistency). */
  public static final String TEXT_REGRESSOR = "text_regressor";
  /** Every architecture, as the experiment file names it. */
  public static final List<String> ARCHS = List.of("transformer", "transformer_lm", "vit", TEXT_CLASSIFIER,
      TEXT_REGRESSOR);

  /** The effective config of {@code method}: the baseline trains with alpha 0, R-Drop with the config's (> 0). */
  public TrainConfig forMethod(Method method) {
    if (method == Method.BASELINE) {
      return withAlpha(0);
    }
    if (!(regularization.alpha() > 0)) {
      throw new IllegalArgumentException("--method rdrop needs train.regularization.alpha > 0 in the config");
    }
    return this;
  }

  /** The same config with another R-Drop alpha (0 = baseline). */
  public TrainConfig withAlpha(double alpha) {
    Regularization r = regularization;
    return withRegularization(
        new Regularization(
            r.dropout(), r.attentionDropout(), r.activationDropout(), r.labelSmoothing(), alpha,
            r.passes(), r.every(), r.passDropouts(), r.consistency()));
  }

  /** The same config with another update budget. */
  public TrainConfig withMaxUpdates(int maxUpdates) {
    Schedule s = schedule;
    return new TrainConfig(
        model, optimizer,
        new Schedule(s.name(), s.warmupUpdates(), s.warmupInitLr(), maxUpdates, s.maxEpochs()),
        regularization, seed, threads, device, checkpointEvery, convergence);
  }

  public TrainConfig withSeed(long s) {
    return new TrainConfig(model, optimizer, schedule, regularization, s, threads, device, checkpointEvery, convergence);
  }

  public TrainConfig withThreads(int n) {
    return new TrainConfig(model, optimizer, schedule, regularization, seed, n, device, checkpointEvery, convergence);
  }

  public TrainConfig withDevice(String d) {
    return new TrainConfig(model, optimizer, schedule, regularization, seed, threads, d, checkpointEvery, convergence);
  }

  public TrainConfig withCheckpointEvery(int n) {
    return new TrainConfig(model, optimizer, schedule, regularization, seed, threads, device, n, convergence);
  }

  public TrainConfig withOptimizer(Optimizer o) {
    return new TrainConfig(model, o, schedule, regularization, seed, threads, device, checkpointEvery, convergence);
  }

  public TrainConfig withSchedule(Schedule s) {
    return new TrainConfig(model, optimizer, s, regularization, seed, threads, device, checkpointEvery, convergence);
  }

  public TrainConfig withConvergence(Convergence v) {
    return new TrainConfig(model, optimizer, schedule, regularization, seed, threads, device, checkpointEvery, v);
  }

  public TrainConfig withRegularization(Regularization r) {
    return new TrainConfig(model, optimizer, schedule, r, seed, threads, device, checkpointEvery, convergence);
  }

  /**
   * Checks the values a YAML parser cannot: ranges and names. Errors name the field as the experiment
   * file spells it.
   */
  public TrainConfig validate() {
    require(model.embedDim() > 0 && model.heads() > 0 && model.embedDim() % model.heads() == 0,
        "train.model.embed_dim", "must be a positive multiple of train.model.heads");
    require(model.ffnDim() > 0, "train.model.ffn_dim", "must be > 0");
    require(ARCHS.contains(model.arch()), "train.model.arch", "must be one of " + ARCHS);
    require(model.classes() == null || model.arch().equals(TEXT_CLASSIFIER), "train.model.classes",
        "is for arch " + TEXT_CLASSIFIER + " only");
    if (model.arch().equals("vit")) {
      if (model.imageSize() == null || model.patchSize() == null || model.channels() == null) {
        throw new ConfigValueException("train.model", ": ", "vit needs image_size, patch_size and channels");
      }
      require(model.patchSize() > 0 && model.imageSize() % model.patchSize() == 0 && model.channels() > 0,
          "train.model.image_size", "must be a positive multiple of patch_size");
      require(model.encoderLayers() >= 1, "train.model.encoder_layers", "must be >= 1 for vit");
    } else if (model.arch().equals(TEXT_CLASSIFIER) || model.arch().equals(TEXT_REGRESSOR)) {
      require(model.embedDim() % 2 == 0, "train.model.embed_dim", "must be even (sinusoidal positions)");
      require(model.encoderLayers() >= 1, "train.model.encoder_layers", "must be >= 1 for " + model.arch());
      require(model.decoderLayers() == 0, "train.model.decoder_layers", "must be 0 for " + model.arch());
      require(model.maxPositions() >= 1, "train.model.max_positions", "must be >= 1");
      if (model.arch().equals(TEXT_CLASSIFIER)) {
        require(model.classes() != null && model.classes() >= 2, "train.model.classes",
            "must be >= 2 for " + TEXT_CLASSIFIER);
      } else {
        require("mse".equals(regularization.consistency()), "train.regularization.consistency",
            "must be mse for " + TEXT_REGRESSOR + " (a scalar output has no distribution for kl)");
        require(regularization.labelSmoothing() == 0, "train.regularization.label_smoothing",
            "must be 0 for " + TEXT_REGRESSOR + " (no classes to smooth over)");
      }
    } else {
      require(model.embedDim() % 2 == 0, "train.model.embed_dim", "must be even (sinusoidal positions)");
      if (model.decoderLayers() < 1 || model.encoderLayers() < 0) {
        throw new ConfigValueException(model.decoderLayers() < 1 ? "train.model.decoder_layers"
            : "train.model.encoder_layers", ": ", "needs decoder_layers >= 1 and encoder_layers >= 0");
      }
      require(model.maxPositions() >= 1, "train.model.max_positions", "must be >= 1");
    }
    require("adam".equals(optimizer.name()), "train.optimizer.name", "must be adam");
    require(optimizer.betas() != null && optimizer.betas().size() == 2, "train.optimizer.betas", "needs two values");
    require(optimizer.lr() > 0, "train.optimizer.lr", "must be > 0");
    require(optimizer.clipNorm() >= 0, "train.optimizer.clip_norm", "must be >= 0 (0 = no clipping)");
    require("inverse_sqrt".equals(schedule.name()), "train.schedule.name", "must be inverse_sqrt");
    require(schedule.warmupUpdates() >= 1, "train.schedule.warmup_updates", "must be >= 1");
    require(schedule.maxUpdates() >= 0, "train.schedule.max_updates", "must be >= 0");
    require(schedule.maxEpochs() >= 0, "train.schedule.max_epochs", "must be >= 0");
    if (schedule.maxUpdates() == 0 && schedule.maxEpochs() == 0) {
      throw new ConfigValueException("train.schedule.max_updates", ": ",
          "set max_updates or max_epochs (both are 0)");
    }
    Regularization r = regularization;
    require(r.dropout() >= 0 && r.dropout() < 1, "train.regularization.dropout", "must be in [0, 1)");
    require(r.attentionDropout() >= 0 && r.attentionDropout() < 1, "train.regularization.attention_dropout",
        "must be in [0, 1)");
    require(r.activationDropout() >= 0 && r.activationDropout() < 1, "train.regularization.activation_dropout",
        "must be in [0, 1)");
    require(r.labelSmoothing() >= 0 && r.labelSmoothing() < 1,
        "train.regularization.label_smoothing", "must be in [0, 1)");
    require(r.alpha() >= 0, "train.regularization.alpha", "must be >= 0 (0 = baseline)");
    require(r.passes() >= 2, "train.regularization.passes", "must be >= 2 (R-Drop compares passes)");
    require(r.every() >= 1, "train.regularization.every", "must be >= 1");
    if (r.passDropouts() != null) {
      require(r.passDropouts().size() == r.passes(),
          "train.regularization.pass_dropouts", "needs one rate per pass (" + r.passes() + ")");
      for (int i = 0; i < r.passDropouts().size(); i++) {
        double p = r.passDropouts().get(i);
        require(p >= 0 && p < 1, "train.regularization.pass_dropouts[" + i + "]", "must be in [0, 1)");
      }
    }
    require("kl".equals(r.consistency()) || "mse".equals(r.consistency()),
        "train.regularization.consistency", "must be kl or mse");
    require(threads >= 1, "train.threads", "must be >= 1");
    require(List.of("cpu", "gpu", "auto").contains(device), "train.device", "must be cpu, gpu or auto");
    require(checkpointEvery >= 1, "train.checkpoint_every", "must be >= 1");
    require(convergence != null, "train.convergence", "is required");
    convergence.validate();
    return this;
  }

  /** Fails naming the key as the experiment file spells it; the message reads "KEY PROBLEM". */
  private static void require(boolean ok, String key, String problem) {
    if (!ok) {
      throw new ConfigValueException(key, " ", problem);
    }
  }

  /** Main dropout rate of pass {@code p}: its {@code pass_dropouts} entry, else {@code dropout}. */
  public double passDropout(int p) {
    List<Double> pd = regularization.passDropouts();
    return pd != null ? pd.get(p) : regularization.dropout();
  }

  /**
   * Architecture; {@code arch} is one of transformer (encoder-decoder), transformer_lm (decoder only),
   * vit (image classifier), text_classifier or text_regressor (a Transformer encoder over tokens with a
   * classification or scalar head). {@code image_size}, {@code patch_size} and {@code channels} are for vit only
   * (square images of image_size^2 * channels pixel values 0..255, row-major [height, width, channel]);
   * {@code classes} for text_classifier only.
   */
  public record Model(
      @JsonProperty(value = "arch", required = true) String arch,
      @JsonProperty(value = "embed_dim", required = true) int embedDim,
      @JsonProperty(value = "ffn_dim", required = true) int ffnDim,
      @JsonProperty(value = "heads", required = true) int heads,
      @JsonProperty(value = "encoder_layers", required = true) int encoderLayers,
      @JsonProperty(value = "decoder_layers", required = true) int decoderLayers,
      @JsonProperty(value = "share_embeddings", required = true) boolean shareEmbeddings,
      @JsonProperty(value = "max_positions", required = true) int maxPositions,
      @JsonProperty("image_size") Integer imageSize,
      @JsonProperty("patch_size") Integer patchSize,
      @JsonProperty("channels") Integer channels,
      // Left out of the JSON when absent, so that the identities of the models without it do not change.
      @JsonProperty("classes") @JsonInclude(JsonInclude.Include.NON_NULL) Integer classes)
      implements Serializable {

    /** A model with the image fields and no class count. */
    public Model(
        String arch, int embedDim, int ffnDim, int heads, int encoderLayers, int decoderLayers,
        boolean shareEmbeddings, int maxPositions, Integer imageSize, Integer patchSize, Integer channels) {
      this(arch, embedDim, ffnDim, heads, encoderLayers, decoderLayers, shareEmbeddings, maxPositions,
          imageSize, patchSize, channels, null);
    }

    /** A text model (no image fields). */
    public Model(
        String arch, int embedDim, int ffnDim, int heads, int encoderLayers, int decoderLayers,
        boolean shareEmbeddings, int maxPositions) {
      this(arch, embedDim, ffnDim, heads, encoderLayers, decoderLayers, shareEmbeddings, maxPositions,
          null, null, null, null);
    }
  }

  /** Adam with decoupled settings as fairseq's {@code --optimizer adam}. */
  public record Optimizer(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "betas", required = true) List<Double> betas,
      @JsonProperty(value = "eps", required = true) double eps,
      @JsonProperty(value = "lr", required = true) double lr,
      @JsonProperty(value = "weight_decay", required = true) double weightDecay,
      @JsonProperty(value = "clip_norm", required = true) double clipNorm)
      implements Serializable {}

  /** Learning-rate schedule; {@code inverse_sqrt} warms up linearly from {@code warmup_init_lr}. */
  public record Schedule(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "warmup_updates", required = true) int warmupUpdates,
      @JsonProperty(value = "warmup_init_lr", required = true) double warmupInitLr,
      @JsonProperty(value = "max_updates", required = true) int maxUpdates,
      @JsonProperty(value = "max_epochs", required = true) int maxEpochs)
      implements Serializable {}

  /**
   * Dropout and the R-Drop objective. {@code alpha} 0 means the baseline (one pass). {@code passes} is m
   * (>= 2, pairwise KL), {@code every} applies R-Drop every k steps, {@code pass_dropouts} optionally gives
   * each pass its own dropout rate, {@code consistency} is {@code kl} or {@code mse} (regression heads).
   */
  public record Regularization(
      @JsonProperty(value = "dropout", required = true) double dropout,
      @JsonProperty(value = "attention_dropout", required = true) double attentionDropout,
      @JsonProperty(value = "activation_dropout", required = true) double activationDropout,
      @JsonProperty(value = "label_smoothing", required = true) double labelSmoothing,
      @JsonProperty(value = "alpha", required = true) double alpha,
      @JsonProperty(value = "passes", required = true) int passes,
      @JsonProperty(value = "every", required = true) int every,
      @JsonProperty(value = "pass_dropouts") List<Double> passDropouts,
      @JsonProperty(value = "consistency", required = true) String consistency)
      implements Serializable {}

  /**
   * When training stops and which parameters it keeps, as fairseq's {@code --patience},
   * {@code --best-checkpoint-metric} and {@code scripts/average_checkpoints.py}. Validation runs at every
   * checkpoint, so {@code checkpoint_every} is also the validation interval.
   *
   * @param patience stop after this many validations in a row without improvement of {@code best_metric}
   *     (strictly lower than the best so far, as fairseq); 0 = off: train to max_updates / max_epochs
   * @param bestMetric the validation metric that decides improvement and the best checkpoint: {@code loss}
   *     (the training objective without the consistency term, label smoothing included) or {@code nll}
   * @param finalModel which parameters become model.params: {@code last} (the parameters when training
   *     stops), {@code best} (the checkpoint with the best validation metric) or {@code average} (the
   *     arithmetic mean of the newest {@code average_last} checkpoints' parameters)
   * @param averageLast how many checkpoints {@code average} averages (>= 2); 0 for the other choices
   */
  public record Convergence(
      @JsonProperty(value = "patience", required = true) int patience,
      @JsonProperty(value = "best_metric", required = true) String bestMetric,
      @JsonProperty(value = "final_model", required = true) String finalModel,
      @JsonProperty(value = "average_last", required = true) int averageLast)
      implements Serializable {
    public static final List<String> METRICS = List.of("loss", "nll");
    public static final List<String> FINAL_MODELS = List.of("last", "best", "average");

    /** Off: no early stop, the last parameters (what every run did before these keys existed). */
    public static final Convergence OFF = new Convergence(0, "loss", "last", 0);

    /** True when training needs validation data to follow these settings. */
    public boolean needsValidation() {
      return patience > 0 || finalModel.equals("best");
    }

    public Convergence validate() {
      require(patience >= 0, "train.convergence.patience", "must be >= 0 (0 = off)");
      require(METRICS.contains(bestMetric), "train.convergence.best_metric", "must be one of " + METRICS
          + " (BLEU on validation is not available during training)");
      require(FINAL_MODELS.contains(finalModel), "train.convergence.final_model", "must be one of " + FINAL_MODELS);
      if (finalModel.equals("average")) {
        require(averageLast >= 2, "train.convergence.average_last", "must be >= 2 with final_model average");
      } else {
        require(averageLast == 0, "train.convergence.average_last", "must be 0 unless final_model is average");
      }
      return this;
    }
  }
}
