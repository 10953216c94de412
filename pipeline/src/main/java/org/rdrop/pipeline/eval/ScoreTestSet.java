package org.rdrop.pipeline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuStats;
import org.rdrop.format.AtomicFiles;

/**
 * Corpus BLEU of several systems on one test set, as a Beam stage. Input: (system, segment) pairs, a
 * segment's id being its sentence id. Each sentence's sufficient statistics are computed on its own (a
 * ParDo keyed by system and sentence id), summed per system by one Combine ({@link SumBleuStats}: sums
 * of longs, so the total does not depend on how a runner splits or orders the work), and each system's
 * rows and total are written to its {@link BleuStatsTable} file, rows sorted by id so that the paired
 * bootstrap can read them in sentence order. Output: the total per system.
 */
public final class ScoreTestSet
    extends PTransform<PCollection<KV<String, BleuSegment>>, PCollection<KV<String, BleuStats>>> {
  private final BleuOptions options;
  private final SortedMap<String, String> tables;

  private ScoreTestSet(BleuOptions options, SortedMap<String, String> tables) {
    this.options = options;
    this.tables = tables;
  }

  /** {@code tables}: per system, where its table goes (made absolute here, on the driver). */
  public static ScoreTestSet of(BleuOptions options, Map<String, Path> tables) {
    SortedMap<String, String> abs = new TreeMap<>();
    tables.forEach((system, file) -> abs.put(system, file.toAbsolutePath().toString()));
    return new ScoreTestSet(options, abs);
  }

  @Override
  public PCollection<KV<String, BleuStats>> expand(PCollection<KV<String, BleuSegment>> segments) {
    PCollection<KV<String, KV<Long, BleuStats>>> sentences = segments
        .apply("SentenceStatistics", ParDo.of(new SentenceStatsFn(new Bleu(options))))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(VarLongCoder.of(), BleuCoders.Stats.of())));
    PCollection<KV<String, BleuStats>> totals = sentences
        .apply("DropIds", ParDo.of(new DropIdFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), BleuCoders.Stats.of()))
        .apply("SumPerSystem", Combine.perKey(new SumBleuStats()));
    PCollectionView<Map<String, Iterable<KV<Long, BleuStats>>>> rows = sentences.apply("AllRows", View.asMultimap());
    PCollectionView<Map<String, BleuStats>> sums = totals.apply("AllTotals", View.asMap());
    segments.getPipeline()
        .apply("Once", Create.of(0))
        .apply("WriteTables", ParDo.of(new WriteTablesFn(tables, rows, sums)).withSideInputs(rows, sums));
    return totals;
  }

  private static final class SentenceStatsFn extends DoFn<KV<String, BleuSegment>, KV<String, KV<Long, BleuStats>>> {
    private final Bleu bleu;

    SentenceStatsFn(Bleu bleu) {
      this.bleu = bleu;
    }

    @ProcessElement
    public void process(@Element KV<String, BleuSegment> e, OutputReceiver<KV<String, KV<Long, BleuStats>>> out) {
      BleuSegment s = e.getValue();
      try {
        out.output(KV.of(e.getKey(), KV.of(s.id(), bleu.sentenceStats(s.hypothesis(), s.references()))));
      } catch (Bleu.MissingReferenceException x) {
        throw new IllegalArgumentException(e.getKey() + ", sentence " + s.id() + ": no reference", x);
      }
    }
  }

  private static final class DropIdFn extends DoFn<KV<String, KV<Long, BleuStats>>, KV<String, BleuStats>> {
    @ProcessElement
    public void process(@Element KV<String, KV<Long, BleuStats>> e, OutputReceiver<KV<String, BleuStats>> out) {
      out.output(KV.of(e.getKey(), e.getValue().getValue()));
    }
  }

  /** Runs once, on one worker, with every row and total as side inputs: the bytes cannot depend on bundling. */
  private static final class WriteTablesFn extends DoFn<Integer, Void> {
    private final SortedMap<String, String> tables;
    private final PCollectionView<Map<String, Iterable<KV<Long, BleuStats>>>> rows;
    private final PCollectionView<Map<String, BleuStats>> sums;

    WriteTablesFn(SortedMap<String, String> tables, PCollectionView<Map<String, Iterable<KV<Long, BleuStats>>>> rows,
        PCollectionView<Map<String, BleuStats>> sums) {
      this.tables = tables;
      this.rows = rows;
      this.sums = sums;
    }

    @ProcessElement
    public void process(ProcessContext c) throws Exception {
      Map<String, Iterable<KV<Long, BleuStats>>> allRows = c.sideInput(rows);
      Map<String, BleuStats> allSums = c.sideInput(sums);
      for (String system : new TreeMap<>(allRows).keySet()) {
        if (!tables.containsKey(system)) {
          throw new IllegalArgumentException("segments of system '" + system + "', which has no table (" + tables.keySet() + ")");
        }
      }
      for (Map.Entry<String, String> t : tables.entrySet()) {
        List<KV<Long, BleuStats>> sorted = new ArrayList<>();
        Iterable<KV<Long, BleuStats>> mine = allRows.get(t.getKey());
        if (mine != null) {
          mine.forEach(sorted::add);
        }
        sorted.sort((a, b) -> Long.compare(a.getKey(), b.getKey()));
        StringBuilder sb = new StringBuilder(BleuStatsTable.HEADER).append('\n');
        for (int i = 0; i < sorted.size(); i++) {
          if (i > 0 && sorted.get(i).getKey().equals(sorted.get(i - 1).getKey())) {
            throw new IllegalArgumentException(t.getValue() + ": two sentences have the id " + sorted.get(i).getKey());
          }
          sb.append(BleuStatsTable.row(Long.toString(sorted.get(i).getKey()), sorted.get(i).getValue())).append('\n');
        }
        BleuStats sum = allSums.getOrDefault(t.getKey(), BleuStats.ZERO);
        sb.append(BleuStatsTable.row(BleuStatsTable.SUM, sum)).append('\n');
        AtomicFiles.writeString(Path.of(t.getValue()), sb.toString());
      }
    }
  }
}
