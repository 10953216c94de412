package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All parameters of one model under their stable dotted names (e.g. {@code
 * encoder.layer.0.self_attn.q_proj.weight}), in creation order. The order is the canonical order of
 * the optimizer state, the checkpoints and the parameter hash.
 */
public final class ParameterRegistry {
  private final LinkedHashMap<String, Parameter> params = new LinkedHashMap<>();
  private final LinkedHashMap<String, InitSpec> specs = new LinkedHashMap<>();

  /** Creates a trainable parameter; the owning block must pass it to its {@code addParameter}. */
  public Parameter create(String name, Shape shape, InitSpec spec) {
    if (params.containsKey(name)) {
      throw new IllegalArgumentException("duplicate parameter name " + name);
    }
    Parameter p =
        Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape).build();
    params.put(name, p);
    specs.put(name, spec);
    return p;
  }

  /** Names in canonical order. */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(params.keySet()));
  }

  public Parameter get(String name) {
    Parameter p = params.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + name);
    }
    return p;
  }

  /** The parameter arrays in canonical order. */
  public List<NDArray> arrays() {
    List<NDArray> out = new ArrayList<>(params.size());
    for (Parameter p : params.values()) {
      out.add(p.getArray());
    }
    return out;
  }

  public long count() {
    long n = 0;
    for (Parameter p : params.values()) {
      n += p.getShape().size();
    }
    return n;
  }

  /**
   * Attaches initial arrays: from {@code restored} (a checkpoint, exact values) when given, otherwise
   * from each parameter's keyed {@link InitSpec} under {@code seed}.
   */
  public void initialize(NDManager manager, long seed, Map<String, float[]> restored) {
    if (restored != null && !restored.keySet().equals(params.keySet())) {
      throw new IllegalArgumentException(
          "checkpoint parameters do not match the model: expected " + params.keySet() + ", found "
              + restored.keySet());
    }
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      String name = e.getKey();
      Parameter p = e.getValue();
      Shape shape = p.getShape();
      float[] values = restored != null ? restored.get(name) : specs.get(name).values(seed, name, shape);
      if (values.length != shape.size()) {
        throw new IllegalArgumentException(
            "parameter " + name + " has " + values.length + " values, shape " + shape + " needs " + shape.size());
      }
      p.setInitializer((m, s, t) -> m.create(values, s));
      p.initialize(manager, DataType.FLOAT32);
    }
  }

  /** Current values in canonical order (copies). */
  public LinkedHashMap<String, float[]> snapshot() {
    LinkedHashMap<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      out.put(e.getKey(), e.getValue().getArray().toFloatArray());
    }
    return out;
  }

  /** Shapes in canonical order. */
  public LinkedHashMap<String, Shape> shapes() {
    LinkedHashMap<String, Shape> out = new LinkedHashMap<>();
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      out.put(e.getKey(), e.getValue().getShape());
    }
    return out;
  }
}
