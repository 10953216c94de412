package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageRecordTest {
  @TempDir Path dir;

  @Test
  void stageNamesSayTheirKindMethodAndSplit() {
    for (StageName n : List.of(StageName.train(Method.RDROP), StageName.decode(Method.BASELINE, "test"),
        StageName.evaluate(Method.RDROP, "valid"), StageName.score("test"), StageName.report())) {
      assertThat(StageName.of(n.name())).isEqualTo(n);
    }
    assertThat(StageName.train(Method.BASELINE).name()).isEqualTo("train-baseline");
    assertThat(StageName.decode(Method.RDROP, "test").name()).isEqualTo("decode-rdrop-test");
    assertThat(StageName.of("evaluate-baseline-test"))
        .isEqualTo(new StageName("evaluate-baseline-test", StageName.Kind.EVALUATE, Method.BASELINE, "test"));
    assertThat(StageName.of("bpe").kind()).isEqualTo(StageName.Kind.PREPARE);
    assertThat(StageName.of("train-other").kind()).isEqualTo(StageName.Kind.PREPARE);
  }

  @Test
  void recordHashesOutputsNamesInputsAndReplacesAnEarlierRecord() throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    Path dict = Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("dict.txt"), "a 1\nb 1\n");
    ManifestJson.write(run.manifest(), new RunManifest(RunManifest.FORMAT, "e",
        new RunManifest.Identity("ab", "cd", "dev", List.of(), new TreeMap<>()), null, List.of(),
        List.of(new RunManifest.Artifact("data/dict.txt", Sha256.of(dict), Files.size(dict), 2, "vocab"))));
    Path scores = Files.createDirectories(run.method(Method.RDROP).root()).resolve("lm-scores.test.tsv");
    Files.writeString(scores, "block\tnll\n0\t1.5\n1\t2.5\n");
    StageRecord first = new StageRecord(StageName.evaluate(Method.RDROP, "test"), new TreeMap<>(Map.of("k", 1)),
        new TreeMap<>(Map.of("blocks", 2L)), List.of(dict), StageRecord.Output.all(List.of(scores)));
    run.record(first);
    Files.writeString(scores, "block\tnll\n0\t1.5\n");
    RunManifest m = run.record(new StageRecord(first.name(), first.parameters(), new TreeMap<>(Map.of("blocks", 1L)),
        first.read(), StageRecord.Output.all(List.of(scores))));

    assertThat(m.stages()).extracting(RunManifest.Stage::name).containsExactly("evaluate-rdrop-test");
    RunManifest.Stage s = m.stages().get(0);
    assertThat(s.outputs()).containsExactly("rdrop/lm-scores.test.tsv");
    assertThat(s.materials()).containsOnlyKeys("data/dict.txt");
    assertThat(s.statistics()).containsEntry("blocks", 1L);
    assertThat(m.artifacts()).extracting(RunManifest.Artifact::path, RunManifest.Artifact::records,
            RunManifest.Artifact::sha256)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("data/dict.txt", 2L, Sha256.of(dict)),
            org.assertj.core.groups.Tuple.tuple("rdrop/lm-scores.test.tsv", 1L, Sha256.of(scores)));
    assertThat(run.readManifest()).isEqualTo(m);

    Files.writeString(dict, "changed\n");
    assertThatThrownBy(() -> run.requireRecorded(m, List.of(dict), "preparation")).isInstanceOf(IOException.class)
        .hasMessageContaining(dict + " changed since preparation");
  }
}
