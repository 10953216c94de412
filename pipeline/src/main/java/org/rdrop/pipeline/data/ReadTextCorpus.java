package org.rdrop.pipeline.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads one file of a plain-text corpus (language modelling: a split, {@code <split>.txt}) as validated
 * lines keyed by their 1-based line number. Invalid UTF-8, NUL bytes and a missing file are fatal with
 * file and line named, as for {@link ReadParallelCorpus}; blank lines are kept (they separate paragraphs,
 * which a language model's token blocks need to see).
 */
public final class ReadTextCorpus extends PTransform<PBegin, PCollection<KV<Long, String>>> {
  private final String file;

  private ReadTextCorpus(Path file) {
    this.file = file.toAbsolutePath().toString();
  }

  public static ReadTextCorpus of(Path file) {
    return new ReadTextCorpus(file);
  }

  @Override
  public PCollection<KV<Long, String>> expand(PBegin begin) {
    return begin
        .apply("File", Create.of(file))
        .apply("ReadValidatedLines", ParDo.of(new ReadLinesFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
  }

  private static final class ReadLinesFn extends DoFn<String, KV<Long, String>> {
    @ProcessElement
    public void process(@Element String name, OutputReceiver<KV<Long, String>> out) {
      Path path = Path.of(name);
      if (!Files.isRegularFile(path)) {
        throw new CorpusFormatException(path + ": corpus file not found");
      }
      try (StrictLineReader r = new StrictLineReader(path)) {
        for (String line; (line = r.next()) != null; ) {
          out.output(KV.of(r.lineNumber(), line));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
  }
}
