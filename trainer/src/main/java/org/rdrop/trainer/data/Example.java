package org.rdrop.trainer.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One training example as token ids, end-of-sentence included where the task uses one.
 *
 * @param id stable id of the example (line number in its split), used for tie-breaks and tracing
 * @param source source token ids (empty for a language model)
 * @param target target token ids
 */
public record Example(long id, int[] source, int[] target) implements Serializable {

  /** Tokens this example occupies in a padded batch: fairseq's max(source, target). */
  public int size() {
    return Math.max(source.length, target.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e
        && id == e.id
        && Arrays.equals(source, e.source)
        && Arrays.equals(target, e.target);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id) * 31 * 31 + Arrays.hashCode(source) * 31 + Arrays.hashCode(target);
  }

  @Override
  public String toString() {
    return "Example[" + id + ": " + Arrays.toString(source) + " -> " + Arrays.toString(target) + "]";
  }
}
