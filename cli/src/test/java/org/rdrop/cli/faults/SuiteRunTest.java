package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;

/**
 * {@code rdrop reproduce --suite FILE}: every experiment of the suite, one run or a seed set as its file says,
 * in {@code <out>/<experiment>/}, and a summary that states each experiment's rows as its own report does.
 */
class SuiteRunTest {
  @TempDir Path dir;

  /** The tiny image experiment under another name, its corpus given by absolute path (no --data in a suite). */
  private Path experiment(String name, String extra) throws IOException {
    String yaml = Files.readString(FaultRuns.writeExperiment(dir))
        .replace("name: " + FaultRuns.NAME + "\n", "name: " + name + "\n")
        .replace("  corpus: ../datasets/digits", "  corpus: " + FaultRuns.corpus());
    assertThat(yaml).contains("name: " + name).contains("corpus: " + FaultRuns.corpus());
    return Files.writeString(dir.resolve(name + ".yaml"), yaml + extra);
  }

  @Test
  void runsEachExperimentAsItsFileSaysAndSummarisesTheirReports() throws IOException {
    experiment("tiny-one", "");
    experiment("tiny-set", "seeds: [1, 5]\n");
    Path suite = Files.writeString(dir.resolve("s.yaml"),
        "name: s\ndescription: two tiny experiments\nexperiments: [tiny-one.yaml, tiny-set.yaml]\n");
    Path out = dir.resolve("out");
    FaultRuns.Outcome o = FaultRuns.cli("reproduce", "--suite", suite.toString(), "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();

    assertThat(out.resolve("tiny-one/manifest.json")).isRegularFile();
    assertThat(out.resolve("tiny-set/seed-set.json")).isRegularFile();
    JsonNode summary = ManifestJson.MAPPER.readTree(out.resolve("suite.json").toFile());
    assertThat(summary.path("format").asText()).isEqualTo("rdrop-suite/1");
    assertThat(summary.path("experiments")).hasSize(2);
    JsonNode set = summary.path("experiments").get(1);
    assertThat(set.path("experiment").asText()).isEqualTo("tiny-set");
    assertThat(set.path("seeds").toString()).isEqualTo("[1,5]");
    Report setReport = Report.read(out.resolve("tiny-set/report.json"));
    assertThat(set.path("metrics").get(0).path("delta").asDouble()).isEqualTo(setReport.metrics().get(0).delta());
    Report oneReport = Report.read(out.resolve("tiny-one/report.json"));
    assertThat(summary.path("experiments").get(0).path("metrics").get(0).path("rdrop").asDouble())
        .isEqualTo(oneReport.metrics().get(0).rdrop());
    assertThat(Files.readString(out.resolve("suite.md"))).contains("| tiny-one | one run |")
        .contains("| tiny-set | [1, 5] |");
    // The page draws each experiment's validation curves from its runs: one chart per experiment.
    String html = Files.readString(out.resolve("suite.html"));
    assertThat(html).contains("<h3>tiny-one</h3>").contains("<h3>tiny-set</h3>")
        .contains("<a href=\"tiny-set/report.html\">").doesNotContain("(no data)");
    assertThat(html.split("<svg", -1)).hasSize(3);
    assertThat(out.resolve("tiny-set/seed-5/rdrop/valid.tsv")).isRegularFile();
  }

  @Test
  void aMissingCorpusStopsTheSuiteBeforeAnyExperimentRuns() throws IOException {
    experiment("tiny-one", "");
    Path missing = experiment("tiny-gone", "");
    Files.writeString(missing, Files.readString(missing)
        .replace("  corpus: " + FaultRuns.corpus(), "  corpus: " + dir.resolve("no-corpus")));
    Path suite = Files.writeString(dir.resolve("s.yaml"),
        "name: s\ndescription: d\nexperiments: [tiny-one.yaml, tiny-gone.yaml]\n");
    Path out = dir.resolve("out");
    FaultRuns.Outcome o = FaultRuns.cli("reproduce", "--suite", suite.toString(), "--out", out.toString());

    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains(dir.resolve("no-corpus") + "/").contains("corpus file not found")
        .contains("experiment tiny-gone reads");
    assertThat(out).as("the first experiment must not have run").doesNotExist();
  }

  @Test
  void aSuiteTakesNoExperimentOrSeedsAndNamesAnUnknownExperiment() throws IOException {
    Path suite = Files.writeString(dir.resolve("s.yaml"), "name: s\ndescription: d\nexperiments: [no-such]\n");
    FaultRuns.Outcome o = FaultRuns.cli("reproduce", "--suite", suite.toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("unknown experiment 'no-such'");
    assertThat(dir.resolve("o")).doesNotExist();

    FaultRuns.Outcome both = FaultRuns.cli("reproduce", "smoke", "--suite", suite.toString());
    assertThat(both.exit()).isNotZero();
    assertThat(both.err()).contains("--suite runs the experiments its file lists");

    Path twice = Files.writeString(dir.resolve("t.yaml"), "name: t\ndescription: d\nexperiments: [smoke, smoke]\n");
    FaultRuns.Outcome dup = FaultRuns.cli("reproduce", "--suite", twice.toString());
    assertThat(dup.err()).contains("key 'experiments'").contains("lists an experiment twice");
  }

  @Test
  void aSuitesSeedsOverrideTheExperimentFilesAndNameWhatIsWrong() throws IOException {
    experiment("tiny-one", "");
    experiment("tiny-set", "seeds: [1, 5]\n");
    Path suite = Files.writeString(dir.resolve("s.yaml"), "name: s\ndescription: d\n"
        + "experiments: [tiny-one.yaml, tiny-set.yaml]\nseeds:\n  tiny-one.yaml: [7, 8, 9]\n");
    var loaded = org.rdrop.config.Suite.load(suite.toString()).experiments();
    assertThat(loaded.get(0).config().seeds()).containsExactly(7L, 8L, 9L);
    assertThat(loaded.get(0).config().train().seed()).isEqualTo(7L);
    assertThat(loaded.get(1).config().seeds()).as("not named under seeds: the file's own").containsExactly(1L, 5L);

    Path unknown = Files.writeString(dir.resolve("u.yaml"), "name: u\ndescription: d\n"
        + "experiments: [tiny-one.yaml]\nseeds:\n  tiny-two.yaml: [1]\n");
    assertThatThrownBy(() -> org.rdrop.config.Suite.load(unknown.toString()))
        .hasMessageContaining("u.yaml").hasMessageContaining("key 'seeds'")
        .hasMessageContaining("names 'tiny-two.yaml', which experiments does not list [tiny-one.yaml]");
    Path repeated = Files.writeString(dir.resolve("r.yaml"), "name: r\ndescription: d\n"
        + "experiments: [tiny-one.yaml]\nseeds:\n  tiny-one.yaml: [3, 3]\n");
    assertThatThrownBy(() -> org.rdrop.config.Suite.load(repeated.toString()))
        .hasMessageContaining("key 'seeds'").hasMessageContaining("'tiny-one.yaml' needs one or more distinct seeds");
  }

  @Test
  void theBuiltInPaperSuiteListsThePapersThreeTaskFamilies() {
    var paper = org.rdrop.config.Suite.load("paper");
    assertThat(paper.experiments()).extracting(e -> e.config().task())
        .containsExactly("translation", "language_modeling", "image_classification");
  }

  @Test
  void theBuiltInGlueSuiteRunsBothSentenceTasksOverThreeSeeds() {
    var glue = org.rdrop.config.Suite.load("glue");
    assertThat(glue.experiments()).extracting(e -> e.config().task())
        .containsExactly("sentence_classification", "regression");
    assertThat(glue.experiments()).allSatisfy(e -> assertThat(e.config().seeds()).containsExactly(1L, 2L, 3L));
  }
}
