package org.rdrop.pipeline.prepare;

import java.util.Map;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.rdrop.pipeline.text.vocab.Dictionary;
import org.rdrop.trainer.data.Example;

/** Named counts for statistics.tsv ({@link WriteStatistics}) that more than one task's preparation takes. */
public final class Counts {
  private Counts() {}

  /** How many elements the collection holds, as {@code name}. */
  public static <T> PTransform<PCollection<T>, PCollection<KV<String, Long>>> total(String name) {
    return new Total<>(name);
  }

  /** The counts {@code counts} gives for each element, each named {@code <prefix>/<its name>}. */
  public static <T> FlatMapElements<T, KV<String, Long>> each(String prefix,
      SerializableFunction<T, Map<String, Long>> counts) {
    return FlatMapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
        .via((T element) -> counts.apply(element).entrySet().stream()
            .map(e -> KV.of(prefix + "/" + e.getKey(), e.getValue())).toList());
  }

  /**
   * Each example's {@code <prefix>/tokens} and {@code <prefix>/unknown_tokens}, source and target ids
   * together (a language model's examples have no source).
   */
  public static FlatMapElements<Example, KV<String, Long>> tokens(String prefix) {
    return each(prefix, (Example e) -> {
      long unk = 0;
      for (int id : e.source()) {
        unk += id == Dictionary.UNK_ID ? 1 : 0;
      }
      for (int id : e.target()) {
        unk += id == Dictionary.UNK_ID ? 1 : 0;
      }
      return Map.of("tokens", (long) e.source().length + e.target().length, "unknown_tokens", unk);
    });
  }

  private static final class Total<T> extends PTransform<PCollection<T>, PCollection<KV<String, Long>>> {
    private final String name;

    Total(String name) {
      this.name = name;
    }

    @Override
    public PCollection<KV<String, Long>> expand(PCollection<T> c) {
      String key = name;
      return c.apply("Count", Count.globally())
          .apply("Name", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
              .via((Long n) -> KV.of(key, n)));
    }
  }
}
