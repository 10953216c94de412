package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * What one decoder layer keeps between incremental decoding steps: its self-attention keys and values of
 * the positions decoded so far, and the encoder attention's keys and values (computed once), all as
 * [rows, heads, length, headDim]. Replaced arrays are closed at once; the owner closes the rest.
 */
final class StepCache implements AutoCloseable {
  private NDArray selfKeys;
  private NDArray selfValues;
  private NDArray encoderKeys;
  private NDArray encoderValues;

  StepCache(NDArray encoderKeys, NDArray encoderValues) {
    this.encoderKeys = encoderKeys;
    this.encoderValues = encoderValues;
  }

  void appendSelf(NDArray k, NDArray v) {
    if (selfKeys == null) {
      selfKeys = k;
      selfValues = v;
      return;
    }
    NDArray keys = selfKeys.concat(k, 2);
    NDArray values = selfValues.concat(v, 2);
    selfKeys.close();
    selfValues.close();
    selfKeys = keys;
    selfValues = values;
  }

  NDArray selfKeys() {
    return selfKeys;
  }

  NDArray selfValues() {
    return selfValues;
  }

  NDArray encoderKeys() {
    return encoderKeys;
  }

  NDArray encoderValues() {
    return encoderValues;
  }

  /** Keeps rows {@code index} (int64 [rows']) of the self-attention state, and of the encoder's when asked. */
  void select(NDArray index, boolean encoderToo) {
    if (selfKeys != null) {
      selfKeys = replace(selfKeys, index);
      selfValues = replace(selfValues, index);
    }
    if (encoderToo) {
      encoderKeys = replace(encoderKeys, index);
      encoderValues = replace(encoderValues, index);
    }
  }

  /** The arrays this cache holds now (for a caller that must keep them past an NDScope). */
  NDArray[] arrays() {
    return selfKeys == null
        ? new NDArray[] {encoderKeys, encoderValues}
        : new NDArray[] {selfKeys, selfValues, encoderKeys, encoderValues};
  }

  static NDArray replace(NDArray a, NDArray index) {
    NDArray kept = a.get(new NDIndex("{}", index));
    a.close();
    return kept;
  }

  @Override
  public void close() {
    for (NDArray a : arrays()) {
      a.close();
    }
  }
}
