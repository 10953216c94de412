package org.rdrop.bleu;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte for byte as Python's {@code json.dumps(value, indent=N, ensure_ascii=...)}, which
 * sacreBLEU uses for its output: {@code ": "} between key and value, one item a line, floats as
 * {@code repr}, lowercase backslash-u escapes (of control characters always, of everything outside
 * printable ASCII with ensure_ascii). Values: {@link Map} (in its iteration order; use a
 * LinkedHashMap), {@link List}, {@link String}, {@link Double}, {@link Long}/{@link Integer},
 * {@link Boolean}, null.
 */
public final class PythonJson {
  private PythonJson() {}

  private static final JsonFactory FACTORY = new JsonFactory();

  public static String dumps(Object value, int indent, boolean ensureAscii) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      String pad = " ".repeat(indent);
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
              Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter(pad, "\n"))
          .withArrayIndenter(new DefaultIndenter(pad, "\n"));
      g.setPrettyPrinter(printer);
      g.setCharacterEscapes(new PythonEscapes(ensureAscii));
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Double || v instanceof Float) {
      g.writeNumber(PythonFloats.repr(((Number) v).doubleValue()));
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.isEmpty()) {
        g.writeRawValue("{}");
        return;
      }
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (l.isEmpty()) {
        g.writeRawValue("[]");
        return;
      }
      g.writeStartArray();
      for (Object o : l) {
        write(g, o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }
  }

  /** Python's json escapes. */
  private static final class PythonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = new int[128];
    private final boolean ensureAscii;

    PythonEscapes(boolean ensureAscii) {
      this.ensureAscii = ensureAscii;
      for (int c = 0; c < 0x20; c++) {
        ascii[c] = ESCAPE_CUSTOM;
      }
      ascii['"'] = ESCAPE_CUSTOM;
      ascii['\\'] = ESCAPE_CUSTOM;
      if (ensureAscii) {
        ascii[0x7f] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      switch (ch) {
        case '"':
          return new SerializedString("\\\"");
        case '\\':
          return new SerializedString("\\\\");
        case '\n':
          return new SerializedString("\\n");
        case '\r':
          return new SerializedString("\\r");
        case '\t':
          return new SerializedString("\\t");
        case '\b':
          return new SerializedString("\\b");
        case '\f':
          return new SerializedString("\\f");
        default:
          if (ch < 0x20 || (ensureAscii && ch >= 0x7f)) {
            return new SerializedString(String.format("\\u%04x", ch));
          }
          return null;
      }
    }
  }
}
