package org.rdrop.pipeline.prepare;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Writes a pipeline's single result (the BPE codes, a dictionary) to its file in the run directory with the
 * file format's own writer. The path is carried as a string: a {@link Path} is not serializable.
 */
public final class WriteSingleton<T> extends DoFn<T, Void> {
  /** How a value is written to a file (the format's owner, e.g. {@code Dictionary::write}). */
  public interface Writer<T> extends Serializable {
    void write(T value, Path file) throws Exception;
  }

  private final String file;
  private final Writer<T> writer;

  public WriteSingleton(Path file, Writer<T> writer) {
    this.file = file.toString();
    this.writer = writer;
  }

  @ProcessElement
  public void process(@Element T value) throws Exception {
    writer.write(value, Path.of(file));
  }
}
