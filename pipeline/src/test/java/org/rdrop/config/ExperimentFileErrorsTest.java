package org.rdrop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of experiment-file error is one line, {@code FILE:LINE:COLUMN: key 'a.b': what}, placed at the
 * key itself. Expected positions are found in the test's own text (the line that the edit wrote).
 */
class ExperimentFileErrorsTest {
  @TempDir Path dir;

  @Test
  void unknownKeyIsPlacedAtItsOwnLineWithASuggestion() throws IOException {
    Path f = write(smoke().replace("  seed: 64\n", "  sede: 64\n"));
    assertThat(error(f)).isEqualTo(at(f, "  sede: 64") + "key 'train.sede': unknown key; did you mean 'seed'?");
  }

  @Test
  void unknownKeyWithoutACloseOneListsTheKeysOfItsSection() throws IOException {
    Path f = write(smoke().replace("bpe:\n", "bpe:\n  strategy: joint\n"));
    assertThat(error(f)).isEqualTo(at(f, "  strategy: joint") + "key 'bpe.strategy': unknown key; keys here: "
        + "merges, min_frequency");
  }

  @Test
  void duplicateKeyIsAnErrorAtItsSecondOccurrence() throws IOException {
    Path f = write(smoke().replace("  seed: 64\n", "  seed: 64\n  seed: 65\n"));
    assertThat(error(f)).isEqualTo(at(f, "  seed: 65") + "key 'train.seed': duplicate key (first at line "
        + lineOf(f, "  seed: 64") + ")");
  }

  @Test
  void aFloatIsNotSilentlyMadeAnInteger() throws IOException {
    Path f = write(smoke().replace("  threads: 2\n", "  threads: 2.5\n"));
    assertThat(error(f)).isEqualTo(at(f, "  threads: 2.5") + "key 'train.threads': must be a whole number, not '2.5'");
  }

  @Test
  void textIsNotSilentlyMadeANumberOrABoolean() throws IOException {
    Path f = write(smoke().replace("  threads: 2\n", "  threads: \"2\"\n"));
    assertThat(error(f)).isEqualTo(at(f, "  threads: \"2\"") + "key 'train.threads': must be a whole number, not '2'");
    Path g = write(smoke().replace("  moses: true\n", "  moses: 1\n"));
    assertThat(error(g)).isEqualTo(at(g, "  moses: 1") + "key 'tokenize.moses': must be true or false, not '1'");
  }

  @Test
  void nanAndInfinityAreNotNumbersForTheConfig() throws IOException {
    Path f = write(smoke().replace("    lr: 1.0e-3\n", "    lr: .nan\n"));
    assertThat(error(f)).isEqualTo(at(f, "    lr: .nan") + "key 'train.optimizer.lr': must be a finite number, not '.nan'");
    Path g = write(smoke().replace("    alpha: 5.0\n", "    alpha: -.inf\n"));
    assertThat(error(g)).isEqualTo(at(g, "    alpha: -.inf")
        + "key 'train.regularization.alpha': must be a finite number, not '-.inf'");
  }

  @Test
  void missingKeyIsPlacedAtItsSection() throws IOException {
    Path f = write(smoke().replace("  seed: 64\n", ""));
    assertThat(error(f)).isEqualTo(at(f, "train:") + "key 'train.seed': missing (every key is required)");
    Path g = write(smoke().replaceFirst("description: .*\n", ""));
    assertThat(error(g)).isEqualTo(g + ":1:1: key 'description': missing (every key is required)");
  }

  @Test
  void emptyRequiredValueIsNamed() throws IOException {
    Path f = write(smoke().replace("name: smoke\n", "name:\n"));
    assertThat(error(f)).isEqualTo(at(f, "name:") + "key 'name': empty; it needs a value");
  }

  @Test
  void outOfRangeValuesAreCheckedWhenTheFileIsRead() throws IOException {
    Path f = write(smoke().replace("  threads: 2\n", "  threads: 0\n"));
    assertThat(error(f)).isEqualTo(at(f, "  threads: 0") + "key 'train.threads': must be >= 1, got 0");
    Path g = write(smoke().replace("  checkpoint_every: 10\n", "  checkpoint_every: 0\n"));
    assertThat(error(g)).isEqualTo(at(g, "  checkpoint_every: 0") + "key 'train.checkpoint_every': must be >= 1, got 0");
    // A range that only the trainer's own check knows.
    Path h = write(smoke().replace("    clip_norm: 0.0\n", "    clip_norm: -1.0\n"));
    assertThat(error(h)).isEqualTo(at(h, "    clip_norm: -1.0")
        + "key 'train.optimizer.clip_norm': must be >= 0 (0 = no clipping)");
  }

  @Test
  void decodingLimitsAndSummarizationSectionsAreCheckedAtTheirKeys() throws IOException {
    Path f = write(smoke().replace("  length_penalty: 1.0\n", "  length_penalty: 1.0\n  no_repeat_ngram_size: 1\n"));
    assertThat(error(f)).isEqualTo(at(f, "  no_repeat_ngram_size: 1")
        + "key 'eval.no_repeat_ngram_size': must be 0 (off) or >= 2, got 1");
    Path g = write(smoke().replace("  length_penalty: 1.0\n", "  length_penalty: 1.0\n  min_len: 0\n"));
    assertThat(error(g)).isEqualTo(at(g, "  min_len: 0") + "key 'eval.min_len': must be >= 1 (or left out: 1), got 0");
    // Summarization reads .source/.target files in one language: a language pair is a mistake.
    String summarization = Files.readString(Experiments.home().resolve("experiments/summarization-smoke.yaml"));
    Path h = write(summarization.replace("  lang: en ", "  source_lang: en\n  lang: en "));
    assertThat(error(h)).isEqualTo(at(h, "  source_lang: en")
        + "key 'data.source_lang': not used by task summarization; remove it");
  }

  @Test
  void sentenceTasksCheckTheirLabelsAgainstTheModel() throws IOException {
    String cls = Files.readString(Experiments.home().resolve("experiments/sentiment-sentences.yaml"));
    Path f = write(cls.replace("  labels: [\"0\", \"1\"]", "  labels: [\"0\", \"1\", \"2\"]"));
    assertThat(error(f)).isEqualTo(at(f, "    classes: 2")
        + "key 'train.model.classes': must be the number of sentences.labels (3), got 2");
    Path g = write(cls.replace("  sentence1: 0\n", "  sentence1: 1\n"));
    assertThat(error(g)).isEqualTo(at(g, "  label: 1") + "key 'sentences.label': must be a column >= 0 other than"
        + " the sentences', got 1");
    String reg = Files.readString(Experiments.home().resolve("experiments/afinn-valence.yaml"));
    Path h = write(reg.replace("    consistency: mse", "    consistency: kl"));
    assertThat(error(h)).startsWith(at(h, "    consistency: kl") + "key 'train.regularization.consistency': must be mse");
    Path i = write(reg.replace("  label: 1\n", "  label: 1\n  labels: [\"a\", \"b\"]\n"));
    assertThat(error(i)).isEqualTo(at(i, "  labels: [\"a\", \"b\"]")
        + "key 'sentences.labels': not used by task regression; remove it");
    // The other tasks have no sentences section.
    Path j = write(smoke() + "sentences:\n  header: true\n  sentence1: 0\n  label: 1\n");
    assertThat(error(j)).isEqualTo(at(j, "sentences:") + "key 'sentences': not used by task translation; remove it");
  }

  @Test
  void severalProblemsReportTheFirstInTheFileAndCountTheRest() throws IOException {
    Path f = write(smoke().replace("  threads: 2\n", "  threads: 0\n").replace("    alpha: 5.0\n", "    alpha: -1.0\n"));
    assertThat(error(f)).isEqualTo(at(f, "    alpha: -1.0")
        + "key 'train.regularization.alpha': must be >= 0, got -1.0 (and 1 more problem in this file)");
  }

  @Test
  void aDirectoryAnEmptyFileAndNonYamlAreNamed() throws IOException {
    Path d = Files.createDirectory(dir.resolve("exp-dir.yaml"));
    assertThat(error(d)).isEqualTo(d + ": is a directory, not an experiment file");
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    assertThat(error(empty)).isEqualTo(empty + ": empty file (no keys)");
    Path comment = Files.writeString(dir.resolve("comment.yaml"), "# nothing here\n");
    assertThat(error(comment)).isEqualTo(comment + ": empty file (no keys)");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\ntrain: [1, 2\n");
    assertThat(error(bad)).startsWith(bad + ":3:1: not valid YAML: ").doesNotContain("\n");
  }

  @Test
  void aFileThatIsNotAMappingIsNotEchoed() throws IOException {
    Path f = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nuser:x:1000:1000::/home/user\n");
    assertThat(error(f)).isEqualTo(f + ":1:1: expected a mapping of keys (key: value lines), found a single value");
  }

  @Test
  void theCheckedConfigIsTheOneTheFileStates() throws IOException {
    Path f = write(smoke());
    Experiments.Experiment e = Experiments.parse(f);
    assertThat(e.config().train().threads()).isEqualTo(2);
    assertThat(e.config().train().optimizer().betas()).isEqualTo(List.of(0.9, 0.98));
    assertThat(e.text()).isEqualTo(smoke());
  }

  private String error(Path f) {
    Throwable t = catchThrowable(() -> Experiments.parse(f));
    assertThat(t).isInstanceOf(ConfigException.class);
    assertThat(t.getMessage()).doesNotContain("\n", "org.rdrop", "com.fasterxml");
    return t.getMessage();
  }

  /** "FILE:LINE:COLUMN: " of the line that starts with {@code line}, the column of its first non-space. */
  private static String at(Path f, String line) throws IOException {
    return f + ":" + lineOf(f, line) + ":" + (line.length() - line.stripLeading().length() + 1) + ": ";
  }

  private static int lineOf(Path f, String line) throws IOException {
    List<String> lines = Files.readAllLines(f);
    int found = lines.indexOf(line);
    assertThat(found).as("the test's edit wrote %s", line).isNotNegative();
    assertThat(lines.lastIndexOf(line)).isEqualTo(found);
    return found + 1;
  }

  private static String smoke() throws IOException {
    return Files.readString(Experiments.home().resolve("experiments/smoke.yaml"));
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("exp-" + System.nanoTime() + ".yaml");
    Files.writeString(f, text);
    return f;
  }
}
