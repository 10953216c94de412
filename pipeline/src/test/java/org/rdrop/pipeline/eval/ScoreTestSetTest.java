package org.rdrop.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuStats;
import org.rdrop.bleu.CorpusReferences;
import org.rdrop.testkit.junit.Conformance;

/**
 * Two systems on one 400-sentence test set (conformance cases bible-es-a-tok-13a and bible-es-b-default:
 * same reference, default options), scored through the Beam stage: totals and scores are sacreBLEU
 * 2.6.0's (recorded in conformance/bleu/cases.jsonl), and exactly what the in-memory corpus computation
 * gives; rows are the in-memory per-sentence statistics, in id order.
 */
class ScoreTestSetTest {
  @TempDir Path dir;

  private static JsonNode conformanceCase(String name) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Conformance.file("bleu", "cases.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && json.readTree(line).get("name").asText().equals(name)) {
        return json.readTree(line);
      }
    }
    throw new IllegalStateException("no conformance case " + name);
  }

  private static List<String> texts(JsonNode a) {
    List<String> l = new ArrayList<>();
    a.forEach(x -> l.add(x.asText()));
    return l;
  }

  /** sacreBLEU's statistics in its layout [sys_len, ref_len, counts..., totals...]. */
  private static BleuStats sacrebleuStats(JsonNode c) {
    long[] v = new long[BleuStats.SIZE];
    v[0] = c.get("sys_len").asLong();
    v[1] = c.get("ref_len").asLong();
    for (int n = 0; n < 4; n++) {
      v[2 + n] = c.get("counts").get(n).asLong();
      v[6 + n] = c.get("totals").get(n).asLong();
    }
    return BleuStats.of(v);
  }

  @Test
  void totalsScoresAndRowsEqualSacrebleuAndTheInMemoryComputation() throws IOException {
    JsonNode a = conformanceCase("bible-es-a-tok-13a");
    JsonNode b = conformanceCase("bible-es-b-default");
    List<String> refs = texts(a.get("references").get(0));
    assertThat(texts(b.get("references").get(0))).isEqualTo(refs);
    List<String> hypA = texts(a.get("hypotheses"));
    List<String> hypB = texts(b.get("hypotheses"));
    // Sentence ids with gaps (cleaning drops pairs), segments in reverse order: the table must sort.
    List<KV<String, BleuSegment>> segments = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      long id = 3L * i + 5;
      segments.add(KV.of("a", new BleuSegment(id, hypA.get(i), List.of(refs.get(i)))));
      segments.add(KV.of("b", new BleuSegment(id, hypB.get(i), List.of(refs.get(i)))));
    }
    Collections.reverse(segments);
    Path tableA = dir.resolve("a.tsv");
    Path tableB = dir.resolve("b.tsv");

    BleuOptions options = BleuOptions.defaults();
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=3").create());
    PCollection<KV<String, BleuStats>> totals = p
        .apply(Create.of(segments).withCoder(KvCoder.of(StringUtf8Coder.of(), BleuCoders.Segment.of())))
        .apply(ScoreTestSet.of(options, Map.of("a", tableA, "b", tableB)));
    PAssert.that(totals).containsInAnyOrder(KV.of("a", sacrebleuStats(a)), KV.of("b", sacrebleuStats(b)));
    p.run().waitUntilFinish();

    Bleu bleu = new Bleu(options);
    CorpusReferences prepared = bleu.prepareReferences(List.of(refs));
    for (var system : List.of(List.of(tableA, a, hypA), List.of(tableB, b, hypB))) {
      BleuStatsTable.Table t = BleuStatsTable.read((Path) system.get(0));
      JsonNode c = (JsonNode) system.get(1);
      @SuppressWarnings("unchecked")
      List<String> hyps = (List<String>) system.get(2);
      assertThat(t.sum()).isEqualTo(sacrebleuStats(c));
      double score = bleu.score(t.sum()).score();
      assertThat(score).isEqualTo(bleu.corpusScore(hyps, List.of(refs)).score());
      assertThat(score).isCloseTo(c.get("score").asDouble(), within(1e-9));
      BleuStats[] inMemory = bleu.sentenceStats(hyps, prepared);
      assertThat(t.rows()).containsExactly(inMemory);
      assertThat(t.ids()).hasSize(400).startsWith(5L, 8L).endsWith(3L * 399 + 5);
    }
    assertThat(Files.readAllLines(tableA).get(0)).isEqualTo(BleuStatsTable.HEADER);
  }

  @Test
  void aTableWhoseSumRowDisagreesWithItsRowsIsRefusedNamingTheLine() throws IOException {
    Path f = dir.resolve("bleu.test.tsv");
    Files.writeString(f, BleuStatsTable.HEADER + "\n"
        + "1\t3\t4\t2\t1\t0\t0\t3\t2\t1\t0\n"
        + "2\t1\t1\t1\t0\t0\t0\t1\t0\t0\t0\n"
        + "sum\t4\t5\t3\t1\t0\t0\t4\t2\t1\t1\n");
    assertThatThrownBy(() -> BleuStatsTable.read(f)).hasMessageStartingWith(f + ":4: the sum row");
    Files.writeString(f, BleuStatsTable.HEADER + "\n2\t1\t1\t1\t0\t0\t0\t1\t0\t0\t0\n1\t1\t1\t1\t0\t0\t0\t1\t0\t0\t0\n"
        + "sum\t2\t2\t2\t0\t0\t0\t2\t0\t0\t0\n");
    assertThatThrownBy(() -> BleuStatsTable.read(f)).hasMessage(f + ":3: id 1 after 2 (ids must ascend)");
  }
}
