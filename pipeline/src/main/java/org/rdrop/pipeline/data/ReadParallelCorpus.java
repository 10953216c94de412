package org.rdrop.pipeline.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads one split of a parallel corpus ({@code <dir>/<split>.<src>} and {@code <dir>/<split>.<tgt>}) as
 * validated {@link SentencePair}s keyed by line number.
 *
 * <p>Fatal, with the file and line named: a missing file, invalid UTF-8, a NUL byte, files with different
 * line counts. Empty and over-long pairs are filtered later by {@link CleanCorpus}, on tokenized text, as
 * Moses' clean-corpus-n.perl does. The two files are read together in one worker, which keeps line alignment
 * trivial; everything after this stage runs in parallel.
 */
public final class ReadParallelCorpus extends PTransform<PBegin, PCollection<SentencePair>> {
  private final String sourceFile;
  private final String targetFile;
  private final long limit;

  private ReadParallelCorpus(Path source, Path target, long limit) {
    this.sourceFile = source.toAbsolutePath().toString();
    this.targetFile = target.toAbsolutePath().toString();
    this.limit = limit;
  }

  /** Reads {@code split.src} / {@code split.tgt} from {@code dir}; {@code limit} > 0 keeps the first pairs. */
  public static ReadParallelCorpus of(Path dir, String split, String src, String tgt, long limit) {
    return new ReadParallelCorpus(
        dir.resolve(split + "." + src), dir.resolve(split + "." + tgt), limit);
  }

  @Override
  public PCollection<SentencePair> expand(PBegin begin) {
    return begin
        .apply("FilePair", Create.of(sourceFile))
        .apply("ReadAlignedLines", ParDo.of(new ReadPairsFn(sourceFile, targetFile, limit)))
        .setCoder(SentencePairCoder.of());
  }

  private static final class ReadPairsFn extends DoFn<String, SentencePair> {
    private final String sourceFile;
    private final String targetFile;
    private final long limit;

    ReadPairsFn(String sourceFile, String targetFile, long limit) {
      this.sourceFile = sourceFile;
      this.targetFile = targetFile;
      this.limit = limit;
    }

    @ProcessElement
    public void process(OutputReceiver<SentencePair> out) {
      Path src = Path.of(sourceFile);
      Path tgt = Path.of(targetFile);
      for (Path p : new Path[] {src, tgt}) {
        if (!Files.isRegularFile(p)) {
          throw new CorpusFormatException(p + ": corpus file not found");
        }
      }
      try (StrictLineReader s = new StrictLineReader(src);
          StrictLineReader t = new StrictLineReader(tgt)) {
        long kept = 0;
        while (true) {
          String a = s.next();
          String b = t.next();
          if (a == null || b == null) {
            if (a != null || b != null) {
              throw mismatch(src, tgt, s, t);
            }
            return;
          }
          if (limit > 0 && kept >= limit) {
            return;
          }
          kept++;
          out.output(new SentencePair(s.lineNumber(), a, b));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + src + " / " + tgt, e);
      }
    }

    private static CorpusFormatException mismatch(
        Path src, Path tgt, StrictLineReader s, StrictLineReader t) throws IOException {
      // Count the rest so the message gives both totals.
      while (s.next() != null) {}
      while (t.next() != null) {}
      return new CorpusFormatException(
          "line counts differ: " + src + " has " + s.lineNumber() + " lines but " + tgt + " has "
              + t.lineNumber());
    }
  }
}
