package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;

/** The manifest's chain of stage records (in-toto style links) and what check says of a broken one. */
class ManifestChainTest {
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final String C = "c".repeat(64);

  /** prepare reads the corpus and writes data/x; train reads data/x and writes m/model. */
  static RunManifest manifest() {
    RunManifest.Identity id = new RunManifest.Identity("1".repeat(64), "2".repeat(64), "code",
        List.of(new RunManifest.Input("train.txt", C, 3)), new TreeMap<>());
    List<RunManifest.Stage> stages = RunManifest.inSequence(
        List.of(new RunManifest.Stage("prepare", new TreeMap<>(), new TreeMap<>(), List.of("data/x"))), id.inputs());
    RunManifest m = new RunManifest(RunManifest.FORMAT, "e", id, null, stages,
        List.of(new RunManifest.Artifact("data/x", A, 1, 1, "prepare")));
    return m.withStage(new RunManifest.Stage("train", new TreeMap<>(), new TreeMap<>(), List.of("m/model"))
        .reading(List.of("data/x")), List.of(new RunManifest.Artifact("m/model", B, 1, 1, "train"))).chained();
  }

  @Test
  void eachRecordLinksItsMaterialsProductsAndThePreviousRecord() {
    RunManifest m = manifest();
    RunManifest.Stage prepare = m.stages().get(0);
    RunManifest.Stage train = m.stages().get(1);
    assertThat(prepare.materials()).containsExactly(java.util.Map.entry("input:train.txt", C));
    assertThat(prepare.products()).containsExactly(java.util.Map.entry("data/x", A));
    assertThat(prepare.previousSha256()).isEqualTo("1".repeat(64));
    assertThat(train.materials()).containsExactly(java.util.Map.entry("data/x", A));
    assertThat(train.products()).containsExactly(java.util.Map.entry("m/model", B));
    assertThat(train.previousSha256()).isEqualTo(Sha256.of(ManifestJson.toJson(prepare)));
    assertThat(RunChecks.chain(m).status()).isEqualTo(Check.Status.PASSED);
  }

  @Test
  void anEditedRecordBreaksTheChainAtTheNextRecord() {
    RunManifest m = manifest();
    List<RunManifest.Stage> stages = new ArrayList<>(m.stages());
    RunManifest.Stage p = stages.get(0);
    TreeMap<String, Object> params = new TreeMap<>();
    params.put("seed", 2);
    stages.set(0, new RunManifest.Stage(p.name(), params, p.statistics(), p.outputs(), p.materials(), p.products(),
        p.previousSha256()));
    Check c = RunChecks.chain(new RunManifest(m.format(), m.experiment(), m.identity(), m.config(), stages,
        m.artifacts()));
    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.message()).isEqualTo("stage train: previous_sha256 is not the hash of stage prepare's record "
        + "(a record was edited, removed or reordered)");
  }

  @Test
  void aMaterialMadeAgainAfterItWasReadMakesTheReaderStale() {
    RunManifest m = manifest();
    // data/x prepared again (new hash) while train's record still names the old one.
    RunManifest again = m.withStage(m.stages().get(0), List.of(new RunManifest.Artifact("data/x", C, 1, 1, "prepare")))
        .chained();
    Check c = RunChecks.chain(again);
    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.message()).startsWith("stage train read data/x with sha256 aaaaaaaaaaaaaaaa, the run now holds "
        + "cccccccccccccccc");
  }

  @Test
  void aManifestWrittenBeforeTheChainIsSkippedSayingSo() {
    RunManifest m = manifest();
    List<RunManifest.Stage> bare = m.stages().stream()
        .map(s -> new RunManifest.Stage(s.name(), s.parameters(), s.statistics(), s.outputs())).toList();
    Check c = RunChecks.chain(new RunManifest(m.format(), m.experiment(), m.identity(), m.config(), bare,
        m.artifacts()));
    assertThat(c.status()).isEqualTo(Check.Status.SKIPPED);
  }
}
