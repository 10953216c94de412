package org.rdrop.pipeline.task.summarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.RunManifest;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.PrepareRun;

/** Summarization's preparation of CNN/DailyMail-format files, on summarization-smoke's settings. */
class SummarizationPreparationTest {
  @TempDir Path tmp;

  private static final String DOC = "The bridge in Ashford was repaired in June. Volunteers helped at weekends.";
  private static final String SUMMARY = "The bridge in Ashford was repaired. <n> It cost a lot.";

  @Test
  void sentenceBreaksStayTokensAndLongDocumentsAreTruncated() throws IOException {
    // summarization-smoke allows 128 source ids: 200 words make a document that must be cut.
    String longDoc = ("word " .repeat(200)).strip();
    Path corpus = corpus(List.of(DOC, DOC), List.of(SUMMARY, SUMMARY));
    Files.writeString(corpus.resolve("test.source"), DOC + "\n" + longDoc + "\n");
    Files.writeString(corpus.resolve("test.target"), SUMMARY + "\n" + "  <n>First. <n> <n>Second.<n>\n");
    Path run = tmp.resolve("run");
    RunManifest m = PrepareRun.run(Experiments.load("summarization-smoke"), corpus, run, options());

    List<String> target = Files.readAllLines(run.resolve("data/test.tok.target"), StandardCharsets.UTF_8);
    // Each sentence Moses-tokenized on its own; the marker is not escaped; empty sentences are gone.
    assertThat(target).containsExactly("The bridge in Ashford was repaired . <n> It cost a lot .",
        "First . <n> Second .");
    assertThat(Files.readString(run.resolve("data/test.tok.source"))).doesNotContain("&lt;");

    List<String> ids = Files.readAllLines(run.resolve("data/test.ids.tsv"), StandardCharsets.UTF_8);
    String[] longSource = ids.get(1).split("\t")[1].split(" ");
    // fairseq's --truncate-source: the first max_positions - 1 tokens, then </s> (id 2).
    assertThat(longSource).hasSize(128);
    assertThat(longSource[127]).isEqualTo("2");
    assertThat(ids.get(0).split("\t")[1].split(" ").length).isLessThan(128);

    RunManifest.Stage read = m.stages().get(0);
    assertThat(read.name()).isEqualTo("read");
    assertThat(read.parameters()).containsEntry("lang", "en").doesNotContainKey("source_lang");
    assertThat(read.statistics()).containsEntry("test/pairs", 2L);
    RunManifest.Stage vocab = m.stages().stream().filter(s -> s.name().equals("vocab")).findFirst().orElseThrow();
    assertThat(vocab.statistics()).containsEntry("test/truncated_sources", 1L).containsEntry("train/truncated_sources", 0L);
    assertThat(vocab.parameters()).containsEntry("truncate_source", 128);
    assertThat(m.identity().inputs()).hasSize(6);
    assertThat(m.artifacts()).extracting(RunManifest.Artifact::path)
        .contains("data/test.tok.source", "data/test.bpe.target", "data/train.batches", "data/dict.txt");
  }

  @Test
  void invalidUtf8NamesTheFileAndLine() throws IOException {
    Path corpus = corpus(List.of(DOC, DOC), List.of(SUMMARY, SUMMARY));
    Files.write(corpus.resolve("train.target"), new byte[] {'o', 'k', '\n', 'b', 'a', (byte) 0xFF, '\n'});
    Path run = tmp.resolve("run");
    assertThatThrownBy(() -> PrepareRun.run(Experiments.load("summarization-smoke"), corpus, run, options()))
        .rootCause()
        .hasMessage(corpus.resolve("train.target") + ":2: invalid UTF-8 at byte column 3 (byte 0xFF)");
    assertThat(run).doesNotExist();
  }

  @Test
  void mismatchedLineCountsNameBothFiles() throws IOException {
    Path corpus = corpus(List.of(DOC, DOC), List.of(SUMMARY, SUMMARY));
    Files.writeString(corpus.resolve("valid.source"), DOC + "\n" + DOC + "\n" + DOC + "\n");
    Path run = tmp.resolve("run");
    assertThatThrownBy(() -> PrepareRun.run(Experiments.load("summarization-smoke"), corpus, run, options()))
        .rootCause()
        .hasMessage("line counts differ: " + corpus.resolve("valid.source") + " has 3 lines but "
            + corpus.resolve("valid.target") + " has 2");
    assertThat(run).doesNotExist();
  }

  @Test
  void aMissingFileNamesTheFilesTheTaskReads() throws IOException {
    Path corpus = corpus(List.of(DOC), List.of(SUMMARY));
    Files.delete(corpus.resolve("test.target"));
    assertThatThrownBy(() -> PrepareRun.identity(Experiments.load("summarization-smoke"), corpus))
        .hasMessageStartingWith(corpus.resolve("test.target") + ": corpus file not found (experiment"
            + " summarization-smoke reads train.source, train.target, valid.source, valid.target, test.source,"
            + " test.target)");
  }

  /** The same documents and summaries in every split. */
  private Path corpus(List<String> documents, List<String> summaries) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String split : new String[] {"train", "valid", "test"}) {
      Files.write(corpus.resolve(split + ".source"), documents, StandardCharsets.UTF_8);
      Files.write(corpus.resolve(split + ".target"), summaries, StandardCharsets.UTF_8);
    }
    return corpus;
  }

  private static PipelineOptions options() {
    return PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=1").create();
  }
}
