package org.rdrop.pipeline.prepare;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.rdrop.pipeline.batch.TokenBatcher;
import org.rdrop.trainer.data.BatchFile;

/** Writes a split's batches (its one {@link TokenBatcher.Result}) as the trainer's batch file. */
public final class WriteBatchFile extends DoFn<TokenBatcher.Result, Void> {
  private final String file;

  public WriteBatchFile(Path file) {
    this.file = file.toString();
  }

  @ProcessElement
  public void process(@Element TokenBatcher.Result result) throws IOException {
    BatchFile.write(Path.of(file), result.batches());
  }
}
