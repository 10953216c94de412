package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunArtifacts;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.config.PairSides;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.WriteSortedLines;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.text.tokenize.MosesDetokenizer;
import org.rdrop.trainer.decode.DecodeSettings;

/**
 * Decodes one split with one trained method of a run directory and records it in the manifest as stage
 * {@code decode-<method>-<split>}: the settings (the experiment's {@code eval} section unless
 * overridden), the run's thread count and parameter hash as parameters, counts as statistics, the three
 * hypothesis files ({@link DecodeLayout}) as artifacts. The model, ids and dictionary are checked against
 * the manifest first.
 */
public final class DecodeRun {
  /** Sentences decoded together (see {@link DecodeTestSet}); part of the recorded settings. */
  public static final int DEFAULT_BATCH_SENTENCES = 32;

  private DecodeRun() {}

  /** Command-line choices; null means "as the experiment says". */
  public record Request(Method method, String split, Integer beam, boolean greedy, int batchSentences) {}

  public static RunManifest run(Path runDir, Request request, PipelineOptions options) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(runDir + " is not a run directory (no " + RunDirectory.MANIFEST + ")");
    }
    if (!PrepareLayout.SPLITS.contains(request.split())) {
      throw new IllegalArgumentException("--split must be one of " + PrepareLayout.SPLITS + ", got '" + request.split() + "'");
    }
    RunManifest manifest = ManifestJson.read(manifestFile);
    ExperimentConfig config = Experiments.configOf(manifest, manifestFile);
    if (!config.train().model().arch().equals("transformer")) {
      throw new IllegalArgumentException("decoding needs a translation or summarization experiment (arch transformer), "
          + config.name() + " has " + config.train().model().arch());
    }
    Method method = request.method();
    PairSides sides = PairSides.of(config);
    PrepareLayout data = new PrepareLayout(runDir, sides.source(), sides.target());
    MethodDirectory model = RunDirectory.of(runDir).method(method);
    Path modelDir = model.root();
    Path ids = data.ids(request.split());
    List<Path> inputs = Stream.concat(Stream.of(ids, data.dictionary()), model.model().stream()).toList();
    for (Path f : inputs) {
      RunArtifacts.requireUnchanged(runDir, manifestFile, manifest, f, "it was recorded",
          f.equals(model.params()) ? " (train this method first)" : "");
    }
    DecodeSettings settings = settings(config.eval(), request);
    Dictionary dict = Dictionary.read(data.dictionary());
    DecodeLayout out = new DecodeLayout(runDir);

    Pipeline p = Pipeline.create(options);
    String idsFile = ids.toAbsolutePath().toString();
    PCollection<KV<Long, String>> bpe = p
        .apply("ReadIds", TextIO.read().from(idsFile))
        .apply("ParseIds", ParDo.of(new ParseIdsFn(idsFile)))
        .setCoder(KvCoder.of(VarLongCoder.of(), IntArrayCoder.of()))
        .apply("Decode", DecodeTestSet.with(modelDir, dict, settings, request.batchSentences()));
    PCollection<KV<Long, String>> tok = bpe.apply("RemoveBpe",
        MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.strings()))
            .via(kv -> KV.of(kv.getKey(), Postprocess.removeBpe(kv.getValue()))))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
    MosesDetokenizer detokenizer = MosesDetokenizer.forLanguage(sides.targetLang());
    PCollection<KV<Long, String>> detok = tok.apply("Detokenize",
        MapElements.into(TypeDescriptors.kvs(TypeDescriptors.longs(), TypeDescriptors.strings()))
            .via(kv -> KV.of(kv.getKey(), detokenizer.detokenize(kv.getValue()))))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
    bpe.apply("WriteBpe", WriteSortedLines.to(out.bpe(method, request.split())));
    tok.apply("WriteTok", WriteSortedLines.to(out.tokenized(method, request.split())));
    detok.apply("WriteDetok", WriteSortedLines.to(out.detokenized(method, request.split())));
    p.run().waitUntilFinish();

    return RunDirectory.of(runDir).record(stage(runDir, request, settings, model, inputs));
  }

  static DecodeSettings settings(ExperimentConfig.Eval eval, Request r) {
    int beam = r.greedy() ? 1 : r.beam() != null ? r.beam() : eval.beam();
    return new DecodeSettings(beam, eval.maxLenA(), eval.maxLenB(), eval.lengthPenalty(),
        eval.minLen() == null ? DecodeSettings.DEFAULT_MIN_LEN : eval.minLen(),
        eval.noRepeatNgramSize() == null ? 0 : eval.noRepeatNgramSize());
  }

  /** {@code <id>\t<source ids>\t<target ids>} to (id, source ids). */
  static final class ParseIdsFn extends DoFn<String, KV<Long, int[]>> {
    private final String file;

    ParseIdsFn(String file) {
      this.file = file;
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<Long, int[]>> out) {
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 3) {
          throw new NumberFormatException("expected 3 tab-separated fields, found " + f.length);
        }
        String[] src = f[1].isEmpty() ? new String[0] : f[1].split(" ");
        int[] ids = new int[src.length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = Integer.parseInt(src[i]);
        }
        out.output(KV.of(Long.parseLong(f[0]), ids));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": malformed line '" + line + "': " + e.getMessage(), e);
      }
    }
  }

  private static StageRecord stage(Path runDir, Request r, DecodeSettings s, MethodDirectory model, List<Path> read)
      throws IOException {
    DecodeLayout layout = new DecodeLayout(runDir);
    SortedMap<String, Object> params = new TreeMap<>();
    params.put("method", r.method().label());
    params.put("split", r.split());
    params.put("beam", s.beam());
    params.put("max_len_a", s.maxLenA());
    params.put("max_len_b", s.maxLenB());
    params.put("length_penalty", s.lengthPenalty());
    params.put("batch_sentences", r.batchSentences());
    // Only where the experiment states them: runs decoded with fairseq's defaults keep their records.
    if (s.minLen() != DecodeSettings.DEFAULT_MIN_LEN) {
      params.put("min_len", s.minLen());
    }
    if (s.noRepeatNgramSize() != 0) {
      params.put("no_repeat_ngram_size", s.noRepeatNgramSize());
    }
    params.put("params_sha256", Sha256.of(model.params()));
    params.put("threads", threads(model.runJson()));
    if (r.greedy()) {
      params.put("override.greedy", true);
    } else if (r.beam() != null) {
      params.put("override.beam", r.beam());
    }
    List<String> bpeLines = Files.readAllLines(layout.bpe(r.method(), r.split()), StandardCharsets.UTF_8);
    List<String> tokLines = Files.readAllLines(layout.tokenized(r.method(), r.split()), StandardCharsets.UTF_8);
    SortedMap<String, Long> stats = new TreeMap<>();
    stats.put("sentences", (long) bpeLines.size());
    stats.put("symbols", bpeLines.stream().mapToLong(DecodeRun::words).sum());
    stats.put("tokens", tokLines.stream().mapToLong(DecodeRun::words).sum());
    stats.put("empty", bpeLines.stream().filter(String::isEmpty).count());
    List<StageRecord.Output> written = new ArrayList<>();
    for (Path f : layout.outputs(r.method(), r.split())) {
      written.add(StageRecord.Output.lines(f)); // one hypothesis a line
    }
    return new StageRecord(StageName.decode(r.method(), r.split()), params, stats, read, written);
  }

  private static long words(String line) {
    return line.isEmpty() ? 0 : line.split(" ").length;
  }

  /** The intra-op thread count the model was trained (and is decoded) with, from its run.json. */
  private static int threads(Path runJson) throws IOException {
    return ManifestJson.MAPPER.readTree(runJson.toFile()).path("config").path("threads").asInt();
  }
}
