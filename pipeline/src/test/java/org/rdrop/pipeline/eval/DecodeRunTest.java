package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.decode.DecodeSettings;
import org.rdrop.trainer.decode.Hypothesis;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.decode.TranslationDecoder;

/** The decode stage on the smoke experiment trained for a few updates. */
class DecodeRunTest {
  @TempDir static Path runs;
  static Path run;
  static List<KV<Long, int[]>> test = new ArrayList<>();

  @BeforeAll
  static void prepareAndTrain() throws IOException {
    run = runs.resolve("smoke");
    Experiments.Experiment smoke = Experiments.load("smoke");
    // The smoke experiment on the first lines of its corpus: decoding the whole test split with a model
    // trained for 4 updates (every hypothesis runs to the max length) would take a minute per run.
    Path corpus = Files.createDirectories(runs.resolve("corpus"));
    Map<String, Integer> lines = Map.of("train", 2000, "valid", 64, "test", 60);
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      for (String lang : List.of("en", "es")) {
        String name = e.getKey() + "." + lang;
        Files.write(corpus.resolve(name),
            Files.readAllLines(smoke.corpusDir(null).resolve(name)).subList(0, e.getValue()));
      }
    }
    PrepareRun.run(smoke, corpus, run, options(0));
    TrainRun.run(run, List.of(Method.BASELINE), new TrainRun.Overrides(4, 1, null), false, options(0));
    for (String line : Files.readAllLines(run.resolve("data/test.ids.tsv"))) {
      String[] f = line.split("\t");
      int[] ids = java.util.Arrays.stream(f[1].split(" ")).mapToInt(Integer::parseInt).toArray();
      test.add(KV.of(Long.parseLong(f[0]), ids));
    }
  }

  static PipelineOptions options(int parallelism) {
    List<String> args = new ArrayList<>(List.of("--runner=DirectRunner"));
    if (parallelism > 0) {
      args.add("--targetParallelism=" + parallelism);
    }
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).create();
  }

  @Test
  void theTransformGivesEachIdTheDecodersHypothesisWhateverTheParallelism() throws IOException {
    List<KV<Long, int[]>> some = test.subList(0, 24);
    Dictionary dict = Dictionary.read(run.resolve("data/dict.txt"));
    DecodeSettings settings = new DecodeSettings(2, 1.2, 10, 1.0);
    // Expected: the trainer's decoder called directly, on the same groups of 4 consecutive ids.
    Map<Long, String> expected = new HashMap<>();
    try (TrainedModel model = TrainedModel.load(run.resolve("baseline"))) {
      TranslationDecoder decoder = new TranslationDecoder(model);
      for (int g = 0; g < some.size(); g += 4) {
        List<KV<Long, int[]>> group = some.subList(g, g + 4);
        assertThat(group.get(0).getKey() % 4).as("groups start at ids 1, 5, 9, ...").isEqualTo(1);
        List<Hypothesis> hyps = decoder.best(group.stream().map(KV::getValue).toList(), settings);
        for (int i = 0; i < 4; i++) {
          expected.put(group.get(i).getKey(), Postprocess.symbols(hyps.get(i).withoutEos(), dict));
        }
      }
    }
    List<KV<Long, String>> expectedKvs = expected.entrySet().stream().map(e -> KV.of(e.getKey(), e.getValue())).toList();
    for (int parallelism : new int[] {1, 4}) {
      Pipeline p = Pipeline.create(options(parallelism));
      PCollection<KV<Long, String>> out = p
          .apply(Create.of(some).withCoder(KvCoder.of(VarLongCoder.of(), IntArrayCoder.of())))
          .apply(DecodeTestSet.with(run.resolve("baseline"), dict, settings, 4));
      PAssert.that(out).containsInAnyOrder(expectedKvs);
      p.run().waitUntilFinish();
    }
  }

  @Test
  void decodeWritesEveryTestIdInOrderIdenticallyForParallelismOneAndFourAndTwice(@TempDir Path tmp)
      throws IOException {
    DecodeRun.Request greedy = new DecodeRun.Request(Method.BASELINE, "test", null, true, 8);
    DecodeLayout layout = new DecodeLayout(run);
    RunManifest m = DecodeRun.run(run, greedy, options(1));
    Map<String, String> first = hashes(layout);
    List<String> bpe = Files.readAllLines(layout.bpe(Method.BASELINE, "test"));
    assertThat(bpe).hasSize(test.size());
    assertThat(Files.readAllLines(layout.tokenized(Method.BASELINE, "test"))).hasSize(test.size());
    assertThat(Files.readAllLines(layout.detokenized(Method.BASELINE, "test"))).hasSize(test.size());

    // Line i belongs to the i-th id of test.ids.tsv: decode a few ids alone at their line.
    Dictionary dict = Dictionary.read(run.resolve("data/dict.txt"));
    try (TrainedModel model = TrainedModel.load(run.resolve("baseline"))) {
      TranslationDecoder decoder = new TranslationDecoder(model);
      for (int line : new int[] {0, 7, 8, test.size() - 1}) {
        int[] src = test.get(line).getValue();
        Hypothesis h = decoder.best(List.of(src), DecodeSettings.greedy(1.2, 10, 1.0)).get(0);
        assertThat(bpe.get(line)).as("line " + line).isEqualTo(Postprocess.symbols(h.withoutEos(), dict));
      }
    }

    RunManifest.Stage stage = m.stages().stream().filter(s -> s.name().equals("decode-baseline-test")).findFirst().orElseThrow();
    assertThat(stage.parameters()).containsEntry("beam", 1).containsEntry("override.greedy", true)
        .containsEntry("threads", 1).containsEntry("batch_sentences", 8);
    assertThat(stage.statistics()).containsEntry("sentences", (long) test.size());
    for (RunManifest.Artifact a : ManifestJson.read(run.resolve("manifest.json")).artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }

    DecodeRun.run(run, greedy, options(4));
    assertThat(hashes(layout)).as("parallelism 4").isEqualTo(first);
    DecodeRun.run(run, greedy, options(4));
    assertThat(hashes(layout)).as("again").isEqualTo(first);
  }

  @Test
  void anUntrainedMethodIsRefused() {
    assertThatThrownBy(() -> DecodeRun.run(run, new DecodeRun.Request(Method.RDROP, "test", null, false, 8), options(1)))
        .hasMessageContaining("rdrop/model.params").hasMessageContaining("train this method first");
  }

  private static Map<String, String> hashes(DecodeLayout layout) throws IOException {
    Map<String, String> h = new HashMap<>();
    for (Path f : layout.outputs(Method.BASELINE, "test")) {
      h.put(f.getFileName().toString(), Sha256.of(f));
    }
    return h;
  }
}
