package org.rdrop.rouge.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.rdrop.rouge.CorpusRouge;
import org.rdrop.rouge.Estimate;
import org.rdrop.rouge.Score;

/**
 * The JSON outputs, each on one line with Python's {@code json.dumps} separators ({@code ", "} and
 * {@code ": "}), as a Python user of rouge-score would write them.
 */
final class RougeJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RougeJson() {}

  /** One example: {@code {"rouge1": {"precision": P, "recall": R, "fmeasure": F}, ...}}. */
  static String example(Map<String, Score> scores) {
    return write(g -> {
      g.writeStartObject();
      for (Map.Entry<String, Score> e : scores.entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        for (Score.Measure m : Score.Measure.values()) {
          g.writeNumberField(m.key(), e.getValue().get(m));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }

  /**
   * The corpus: {@code {"rouge1": {"precision": {"mean": M, "low": L, "high": H}, "recall": ...,
   * "fmeasure": ...}, ..., "examples": N, "signature": "..."}}.
   */
  static String corpus(Map<String, CorpusRouge.TypeEstimate> estimates, int examples, String signature) {
    return write(g -> {
      g.writeStartObject();
      for (Map.Entry<String, CorpusRouge.TypeEstimate> e : estimates.entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        for (Score.Measure m : Score.Measure.values()) {
          Estimate est = e.getValue().get(m);
          g.writeObjectFieldStart(m.key());
          g.writeNumberField("mean", est.mean());
          g.writeNumberField("low", est.low());
          g.writeNumberField("high", est.high());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeNumberField("examples", examples);
      g.writeStringField("signature", signature);
      g.writeEndObject();
    });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new PythonSeparators());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One line, with a space after each colon and comma. */
  private static final class PythonSeparators extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
