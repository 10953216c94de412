package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.GoldenIndex;

/** The repository's golden/ folder itself: intact, and holding the numbers the paper publishes. */
class PublishedResultsTest {
  /** Tests run in testkit/; the goldens live beside it. */
  static final Path REPO_GOLDEN = Path.of("").toAbsolutePath().getParent().resolve("golden");

  @TempDir Path tmp;

  @Test
  void everyGoldenFileOfTheRepositoryMatchesSha256sums() throws Exception {
    assertThat(GoldenIndex.verify(REPO_GOLDEN, "")).isEmpty();
    assertThat(GoldenIndex.read(REPO_GOLDEN)).containsKey(PublishedResults.PATH);
  }

  @Test
  void thePaperGoldenHoldsThePublishedNumbers() throws Exception {
    PublishedResults p = PublishedResults.read(REPO_GOLDEN);
    // Values as the paper states them (each entry's source says where).
    PublishedResult iwslt = p.get("iwslt14-de-en/transformer/bleu");
    assertThat(iwslt.baseline()).isEqualTo(34.64);
    assertThat(iwslt.rdrop()).isEqualTo(37.25);
    assertThat(iwslt.delta()).isEqualTo(2.61);
    assertThat(iwslt.higherIsBetter()).isTrue();

    PublishedResult wmt = p.get("wmt14-en-de/transformer-big/bleu");
    assertThat(wmt.baseline()).isNull();
    assertThat(wmt.rdrop()).isEqualTo(30.91);
    assertThat(wmt.delta()).isNull();
    assertThat(wmt.note()).contains("not stated");
    assertThat(p.get("wmt14-en-fr/transformer-big/bleu").rdrop()).isEqualTo(43.95);

    PublishedResult lm = p.get("wikitext-103/transformer-lm-gpt/test-perplexity");
    assertThat(lm.delta()).isEqualTo(-1.68);
    assertThat(lm.higherIsBetter()).isFalse();
    assertThat(p.get("wikitext-103/adaptive-input/test-perplexity").delta()).isEqualTo(-0.80);

    PublishedResult vit = p.get("cifar-100/vit-b16/accuracy");
    assertThat(vit.baseline()).isEqualTo(92.64);
    assertThat(vit.derived()).containsExactly("baseline");
    assertThat(vit.rdrop()).isEqualTo(93.29);

    PublishedResult eight = p.get("iwslt-8-directions/transformer/bleu");
    assertThat(eight.deltaQualifier()).isEqualTo("more_than");
    assertThat(eight.delta()).isEqualTo(2.0);
    assertThat(eight.describeDelta()).isEqualTo("more than +2.00 BLEU");

    assertThat(p.get("glue-dev/bert-base/average").delta()).isEqualTo(1.21);
    assertThat(p.get("glue-dev/roberta-large/average").delta()).isEqualTo(0.80);
    assertThat(p.get("glue-dev/bert-base/cola").rdrop()).isEqualTo(62.6);
    assertThat(p.get("glue-dev/bert-base/rte").rdrop()).isEqualTo(71.1);
    assertThat(p.get("glue-dev/bert-base/mrpc").rdrop()).isEqualTo(87.3);
    assertThat(p.get("cnn-dailymail/bart-large/rouge-1").rdrop()).isEqualTo(44.51);
    assertThat(p.get("cnn-dailymail/bart-large/rouge-2").rdrop()).isEqualTo(21.58);
    assertThat(p.get("cnn-dailymail/bart-large/rouge-l").rdrop()).isEqualTo(41.24);
    assertThat(p.get("cifar-100/vit-l16/accuracy").delta()).isEqualTo(0.41);
    assertThat(p.get("imagenet/vit-b16/accuracy").delta()).isEqualTo(0.41);
    assertThat(p.get("imagenet/vit-l16/accuracy").delta()).isEqualTo(0.42);
    assertThat(p.results()).hasSize(18);
  }

  @Test
  void anEditedPaperGoldenIsRefused() throws Exception {
    Path root = tmp.resolve("golden");
    Files.createDirectories(root.resolve("paper"));
    Files.copy(REPO_GOLDEN.resolve(PublishedResults.PATH), root.resolve(PublishedResults.PATH));
    GoldenIndex.record(root, "");
    Path f = root.resolve(PublishedResults.PATH);
    Files.writeString(f, Files.readString(f).replace("\"rdrop\": 37.25", "\"rdrop\": 37.35"));
    assertThatThrownBy(() -> PublishedResults.read(root))
        .hasMessageContaining("golden paper/ does not match")
        .hasMessageContaining("paper/published.json: SHA-256 is");
    // Read without the index, the numbers no longer add up: the record check catches it too.
    assertThatThrownBy(() -> PublishedResults.readFile(f))
        .hasMessageContaining("results[0] (iwslt14-de-en/transformer/bleu): rdrop - baseline = 2.7100 but delta says 2.6100");
  }

  @Test
  void unknownValuesNeedANote() throws Exception {
    Path f = tmp.resolve("published.json");
    Files.writeString(f, """
        {"format": "rdrop-golden-paper/1", "paper": "p", "transcribed_from": "t", "results": [
          {"id": "a/b/c", "task": "t", "model": "m", "metric": "BLEU", "unit": "BLEU", "better": "higher",
           "baseline": null, "rdrop": 30.0, "delta": null, "delta_qualifier": null, "derived": [],
           "source": "s", "note": null}]}
        """);
    assertThatThrownBy(() -> PublishedResults.readFile(f))
        .hasMessage(f + ": results[0] (a/b/c): a record with unknown values needs a note saying why");
  }
}
