package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rdrop.trainer.data.PaddedBatch;

/**
 * What the models share as DJL blocks: their parameters in one {@link ParameterRegistry}, the order in which
 * they are initialised, stacks of {@link TransformerLayer}s named by one rule, and DJL's id input.
 */
abstract class SequenceModelBlock extends ModelBlock implements SequenceModel {
  final ParameterRegistry registry = new ParameterRegistry();

  @Override
  public final ParameterRegistry parameters() {
    return registry;
  }

  /**
   * The parameters (restored, or from the keyed initialisers), then the model's constants, then DJL's own
   * initialisation of the blocks (which creates no values: the registry's are kept).
   */
  @Override
  public final void initialize(NDManager manager, long seed, Map<String, float[]> restored) {
    registry.initialize(manager, seed, restored);
    initializeConstants(manager);
    initialize(manager, DataType.FLOAT32, djlInputShapes());
  }

  /** Arrays that are not parameters (position tables); none by default. */
  void initializeConstants(NDManager manager) {}

  /** The shapes of DJL's inputs to {@link #forwardInternal}, for its initialisation. */
  abstract Shape[] djlInputShapes();

  /**
   * The batch that DJL's int64 input tensors ({@link #djlInputShapes}) hold: by default one [B, S] tensor of
   * sources (a sentence's ids, an image's pixels) with one target position a row, as the classifiers read it.
   */
  PaddedBatch djlBatch(NDList inputs) {
    NDArray source = inputs.singletonOrThrow();
    int b = (int) source.getShape().get(0);
    return new PaddedBatch(b, (int) source.getShape().get(1), 1, ints(source), new int[b], new int[b], 0);
  }

  /** DJL entry point: the logits of the batch its inputs hold, with dropout only when training. */
  @Override
  protected final NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(logits(context(training, params), inputs.head().getManager(), djlBatch(inputs)));
  }

  /**
   * {@code count} layers of one side ({@code encoder}, {@code decoder}), the i-th named {@code
   * <side>.layer.<i>}: the prefix of its parameters and the key of its dropout sites, so that a layer's
   * masks are drawn under the same name in every model.
   */
  final List<TransformerLayer> layers(String side, int count, TransformerLayer.Spec spec) {
    List<TransformerLayer> layers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      layers.add(addChildBlock(side + "_layer_" + i, new TransformerLayer(registry, side + ".layer." + i, spec)));
    }
    return layers;
  }

  /** The values of DJL's int64 input tensor (ids or pixels) as ints. */
  static int[] ints(NDArray input) {
    long[] l = input.toType(DataType.INT64, false).toLongArray();
    int[] out = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      out[i] = Math.toIntExact(l[i]);
    }
    return out;
  }

  @Override
  public final Block block() {
    return this;
  }
}
