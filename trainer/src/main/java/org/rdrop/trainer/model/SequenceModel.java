package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.Map;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;

/** What the training loop needs from a model: named parameters and logits for a batch. */
public interface SequenceModel extends AutoCloseable {

  /** The architecture name as in the experiment file ({@code transformer}, {@code transformer_lm}, ...). */
  String arch();

  /** Parameters under stable names, in canonical order. */
  ParameterRegistry parameters();

  /**
   * Creates the parameter arrays on {@code manager}'s device: from {@code restored} (exact values from a
   * checkpoint) when non-null, otherwise from the keyed initialisers under {@code seed}.
   */
  void initialize(NDManager manager, long seed, Map<String, float[]> restored);

  /**
   * Logits [passes * B, T, V] for the batch repeated {@code ctx.passes()} times along the batch axis
   * ({@code [x; x]}), rows of pass p at [p*B, (p+1)*B). Input tensors are created on {@code manager}.
   */
  default NDArray logits(DropoutContext ctx, NDManager manager, PaddedBatch batch) {
    NDArray h = features(ctx, manager, batch);
    return h.getNDArrayInternal().linear(h, outputWeight(), outputBias()).singletonOrThrow();
  }

  /** The last hidden states [passes * B, T, d], before the output projection. */
  NDArray features(DropoutContext ctx, NDManager manager, PaddedBatch batch);

  /** The output projection [V, d]: logits = features . weight^T (+ bias). */
  NDArray outputWeight();

  /** The output bias [V], or null. */
  default NDArray outputBias() {
    return null;
  }

  /** The model as a DJL block. */
  Block block();

  @Override
  void close();
}
