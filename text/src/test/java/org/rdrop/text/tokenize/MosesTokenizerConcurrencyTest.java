package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Beam serializes DoFns and runs bundles in parallel: a tokenizer must survive both. */
class MosesTokenizerConcurrencyTest {
  private static final String LINE = "Mr. Smith's \"data\" costs $5, i.e. 50% of No. 3.";

  @Test
  void serializedCopiesBehaveTheSame() throws Exception {
    MosesTokenizer tokenizer = MosesTokenizer.forLanguage("en");
    MosesDetokenizer detokenizer = MosesDetokenizer.forLanguage("en");
    MosesTokenizer tokenizerCopy = roundTrip(tokenizer);
    MosesDetokenizer detokenizerCopy = roundTrip(detokenizer);
    assertThat(tokenizerCopy.tokenize(LINE)).isEqualTo(tokenizer.tokenize(LINE));
    assertThat(detokenizerCopy.detokenize(tokenizer.tokenize(LINE)))
        .isEqualTo(detokenizer.detokenize(tokenizer.tokenize(LINE)));
  }

  @Test
  void sharedInstanceIsThreadSafe() throws Exception {
    MosesTokenizer tokenizer = MosesTokenizer.forLanguage("en");
    List<String> lines = IntStream.range(0, 400).mapToObj(i -> LINE + " item " + i + ".").toList();
    List<String> sequential = lines.stream().map(tokenizer::tokenize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> futures = lines.stream().map(l -> pool.submit(() -> tokenizer.tokenize(l))).toList();
      for (int i = 0; i < lines.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
