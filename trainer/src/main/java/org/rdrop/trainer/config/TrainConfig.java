package org.rdrop.trainer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;

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
    @JsonProperty(value = "checkpoint_every", required = true) int checkpointEvery)
    implements Serializable {

  /** Architecture; {@code arch} is one of transformer (encoder-decoder), transformer_lm, vit. */
  public record Model(
      @JsonProperty(value = "arch", required = true) String arch,
      @JsonProperty(value = "embed_dim", required = true) int embedDim,
      @JsonProperty(value = "ffn_dim", required = true) int ffnDim,
      @JsonProperty(value = "heads", required = true) int heads,
      @JsonProperty(value = "encoder_layers", required = true) int encoderLayers,
      @JsonProperty(value = "decoder_layers", required = true) int decoderLayers,
      @JsonProperty(value = "share_embeddings", required = true) boolean shareEmbeddings,
      @JsonProperty(value = "max_positions", required = true) int maxPositions)
      implements Serializable {}

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
}
