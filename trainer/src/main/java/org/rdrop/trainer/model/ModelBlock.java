package org.rdrop.trainer.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import org.rdrop.trainer.dropout.DropoutContext;

/**
 * Base of rdrop's DJL blocks: parameters are created through a {@link ParameterRegistry} under stable
 * names and initialised by it (never by DJL's random initializers); children are initialised with the
 * parent.
 */
abstract class ModelBlock extends AbstractBlock {
  /** Key under which {@link #forwardInternal} callers pass a {@link DropoutContext}. */
  static final String DROPOUT_KEY = "rdrop.dropout";

  ModelBlock() {
    super((byte) 1);
  }

  final Parameter param(ParameterRegistry registry, String name, Shape shape, InitSpec spec) {
    return addParameter(registry.create(name, shape, spec));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    for (Block child : getChildren().values()) {
      child.initialize(manager, dataType, inputShapes);
    }
  }

  /** The dropout context passed to DJL's generic forward, inference when absent or not training. */
  static DropoutContext context(boolean training, PairList<String, Object> params) {
    if (training && params != null && params.get(DROPOUT_KEY) instanceof DropoutContext ctx) {
      return ctx;
    }
    return DropoutContext.inference();
  }
}
