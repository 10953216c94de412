package org.rdrop.trainer.config;

import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML config file (an experiment), read strictly into records. Every problem is one line naming the
 * key's own line and column: {@code FILE:LINE:COLUMN: key 'train.seed': what is wrong}. To that end the
 * file is first read into a tree that keeps where each key is, which also finds duplicate keys, unknown
 * keys (with a suggestion), missing and empty required keys and {@code .nan}/{@code .inf} numbers; the
 * records are then bound by Jackson with every coercion that could lose or invent a value disabled
 * ({@code threads: 2.5} is an error, not 2), and its errors are placed by their key path.
 */
public final class ConfigFile {
  /** No unknown keys, no duplicates, no nulls for numbers, no float-to-int, text-to-number or number-to-text. */
  public static final ObjectMapper MAPPER = strictMapper();

  private static ObjectMapper strictMapper() {
    YAMLMapper m = YAMLMapper.builder(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      m.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return m;
  }

  /** Where a key or value starts (1-based, as editors count). */
  record Position(int line, int column) {
    static Position of(JsonLocation l) {
      return new Position(l.getLineNr(), l.getColumnNr());
    }
  }

  /** A node of the located tree. */
  sealed interface Node permits Mapping, Sequence, Scalar {
    Position at();
  }

  record Entry(Position keyAt, Node value) {}

  record Mapping(Position at, Map<String, Entry> entries) implements Node {}

  record Sequence(Position at, List<Node> items) implements Node {}

  /** {@code text} is null for a YAML null (also an empty value). */
  record Scalar(Position at, JsonToken token, String text) implements Node {}

  private static final Position TOP = new Position(1, 1);
  private static final YAMLFactory PLAIN = new YAMLFactory(); // duplicates are found while building the tree

  private final Path file;
  private final String text;
  private final Mapping root;
  private final String rootKey;

  private ConfigFile(Path file, String text, Mapping root, String rootKey) {
    this.file = file;
    this.text = text;
    this.root = root;
    this.rootKey = rootKey;
  }

  /**
   * Reads a file that must hold a YAML mapping. A directory, an unreadable or non-UTF-8 file, an empty one,
   * invalid YAML, a duplicate key or a document that is not a mapping is an error naming the file.
   */
  public static ConfigFile read(Path file) {
    if (Files.isDirectory(file)) {
      throw new ConfigFileException(file + ": is a directory, not an experiment file");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigFileException(file + ": not a UTF-8 text file", e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigFileException(file + ": no such file", e);
    } catch (IOException e) {
      throw new ConfigFileException(file + ": cannot read: " + e.getMessage(), e);
    }
    Node root;
    try (JsonParser p = PLAIN.createParser(text)) {
      if (p.nextToken() == null) {
        throw new ConfigFileException(file + ": empty file (no keys)");
      }
      root = new Builder(file).node(p, "");
    } catch (JsonProcessingException e) {
      throw new ConfigFileException(syntaxError(file, e), e);
    } catch (IOException e) {
      throw new ConfigFileException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (root instanceof Scalar s && s.text() == null) {
      throw new ConfigFileException(file + ": empty file (no keys)");
    }
    if (!(root instanceof Mapping m)) {
      // Not the scalar's text: a file that is not an experiment at all is not echoed.
      throw new ConfigFileException(where(file, root.at()) + "expected a mapping of keys (key: value lines), found "
          + (root instanceof Sequence ? "a list" : "a single value"));
    }
    return new ConfigFile(file, text, m, "");
  }

  /** The file as given. */
  public Path file() {
    return file;
  }

  /** The file's text, as read. */
  public String text() {
    return text;
  }

  /** True when the document has this key ({@code train}, {@code train.seed}). */
  public boolean has(String key) {
    return nodeAt(local(key)) != null;
  }

  /**
   * This file read as the section {@code key} of a larger document: keys are then named as there
   * ({@code seed} in the file is {@code train.seed} in messages).
   */
  public ConfigFile asSection(String key) {
    return new ConfigFile(file, text, root, key);
  }

  /**
   * Binds the subtree under {@code key} ("" = the whole document) to {@code type}. Jackson reads the whole
   * text as {@code readAs}: {@code type} itself, or a type whose property {@code key} is {@code type} when the
   * subtree is a section. Problems found in the tree come first (they have exact positions); then
   * Jackson's, placed by their key path.
   */
  public <T> T bind(String key, Class<?> type, Class<T> readAs) {
    String at = local(key);
    check(at.isEmpty() ? root : nodeAt(at), MAPPER.constructType(type), at);
    try {
      return MAPPER.readValue(text, readAs);
    } catch (JsonMappingException e) {
      throw fromJackson(e);
    } catch (JsonProcessingException e) {
      throw new ConfigFileException(syntaxError(file, e), e);
    }
  }

  /** The whole document bound to {@code type}. */
  public <T> T bind(Class<T> type) {
    return bind("", type, type);
  }

  /**
   * A problem with a key: placed at the key, or, when the file does not have it (a missing key), at its
   * nearest ancestor that it has (the top of the file for a top-level key).
   */
  public ConfigFileException problem(String key, String what) {
    return new ConfigFileException(oneLine(where(file, locate(local(key))) + "key '" + key + "': " + what));
  }

  /** Line breaks in a quoted value would split the message; they are shown escaped. */
  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** A problem with the value of a key: {@code key} as the file spells it, {@code what} says what is wrong. */
  public record Problem(String key, String what) {}

  /**
   * The first of several problems (at least one), the one nearest the top of the file, and how many more
   * there are: one line, but the count says that fixing it is not the end.
   */
  public ConfigFileException firstProblem(List<Problem> problems) {
    Comparator<Position> order = Comparator.comparingInt(Position::line).thenComparingInt(Position::column);
    Problem first = problems.stream()
        .min(Comparator.comparing((Problem p) -> locate(local(p.key())), order))
        .orElseThrow();
    int more = problems.size() - 1;
    return problem(first.key(), first.what()
        + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + " in this file)"));
  }

  private String local(String key) {
    if (rootKey.isEmpty()) {
      return key;
    }
    return key.equals(rootKey) ? "" : key.startsWith(rootKey + ".") ? key.substring(rootKey.length() + 1) : key;
  }

  private String named(String localKey) {
    return rootKey.isEmpty() ? localKey : localKey.isEmpty() ? rootKey : rootKey + "." + localKey;
  }

  private Position locate(String key) {
    Position at = TOP;
    Node n = root;
    for (String part : steps(key)) {
      Position next = null;
      if (n instanceof Mapping m && m.entries().containsKey(part)) {
        Entry e = m.entries().get(part);
        next = e.keyAt();
        n = e.value();
      } else if (n instanceof Sequence s && part.startsWith("[")) {
        int i = Integer.parseInt(part.substring(1, part.length() - 1));
        if (i < s.items().size()) {
          n = s.items().get(i);
          next = n.at();
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  private Node nodeAt(String localKey) {
    Node n = root;
    for (String part : steps(localKey)) {
      if (n instanceof Mapping m && m.entries().containsKey(part)) {
        n = m.entries().get(part).value();
      } else if (n instanceof Sequence s && part.startsWith("[")) {
        int i = Integer.parseInt(part.substring(1, part.length() - 1));
        n = i < s.items().size() ? s.items().get(i) : null;
      } else {
        return null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** "a.b[2].c" as "a", "b", "[2]", "c". */
  private static List<String> steps(String key) {
    List<String> out = new ArrayList<>();
    for (String part : key.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        if (!part.isEmpty()) {
          out.add(part);
        }
        continue;
      }
      if (bracket > 0) {
        out.add(part.substring(0, bracket));
      }
      for (String idx : part.substring(bracket).split("(?=\\[)")) {
        out.add(idx);
      }
    }
    return out;
  }

  // ---- the tree check: unknown, missing and empty keys, and numbers that are not finite

  private void check(Node n, JavaType type, String key) {
    if (n == null) {
      return; // a missing section: Jackson names it (or the checks of the caller, for optional ones)
    }
    if (n instanceof Scalar s) {
      if (s.token() == JsonToken.VALUE_NUMBER_FLOAT && isNumber(type) && nonFinite(s.text())) {
        throw problem(named(key), "must be a finite number, not " + kind(s));
      }
      return;
    }
    if (n instanceof Sequence seq) {
      if (type.isCollectionLikeType() || type.isArrayType()) {
        for (int i = 0; i < seq.items().size(); i++) {
          check(seq.items().get(i), type.getContentType(), key + "[" + i + "]");
        }
      }
      return;
    }
    Mapping m = (Mapping) n;
    if (!isRecordOrBean(type)) {
      return; // Jackson reports a mapping where a value belongs
    }
    BeanDescription bean = MAPPER.getDeserializationConfig().introspect(type);
    Map<String, BeanPropertyDefinition> known = new LinkedHashMap<>();
    for (BeanPropertyDefinition p : bean.findProperties()) {
      known.put(p.getName(), p);
    }
    for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
      String child = key.isEmpty() ? e.getKey() : key + "." + e.getKey();
      BeanPropertyDefinition p = known.get(e.getKey());
      if (p == null) {
        throw problem(named(child), unknown(e.getKey(), known.keySet()));
      }
      if (p.isRequired() && e.getValue().value() instanceof Scalar s && s.text() == null && !nullAllowed(p)) {
        throw problem(named(child), "empty; it needs a value");
      }
      check(e.getValue().value(), p.getPrimaryType(), child);
    }
    for (BeanPropertyDefinition p : known.values()) {
      if (p.isRequired() && !m.entries().containsKey(p.getName())) {
        String child = key.isEmpty() ? p.getName() : key + "." + p.getName();
        throw problem(named(child), "missing (every key is required)");
      }
    }
  }

  /** {@code @JsonSetter(nulls = Nulls.SET)} marks a required key whose value may be null. */
  private static boolean nullAllowed(BeanPropertyDefinition p) {
    return p.getMetadata().getValueNulls() == Nulls.SET;
  }

  private static boolean isRecordOrBean(JavaType t) {
    return !t.isContainerType() && !t.isPrimitive() && !t.isEnumType()
        && !t.getRawClass().getName().startsWith("java.");
  }

  private static boolean isNumber(JavaType t) {
    Class<?> c = t.getRawClass();
    return Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != boolean.class && c != char.class);
  }

  /** YAML's spellings of NaN and infinity (1.1 and 1.2 core schema). */
  private static boolean nonFinite(String s) {
    return s != null && s.matches("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
  }

  private static String unknown(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name, k);
      if (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    // Close enough to be a typo: one edit per three letters, at most two.
    if (best != null && bestDistance <= Math.max(1, Math.min(2, name.length() / 3))) {
      return "unknown key; did you mean '" + best + "'?";
    }
    return "unknown key; keys here: " + String.join(", ", known.stream().sorted().toList());
  }

  /** Edit distance with adjacent transpositions ("sede" is one edit from "seed"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  // ---- Jackson's errors, placed by key path

  private ConfigFileException fromJackson(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    String key = path.toString();
    Node n = nodeAt(key);
    String what;
    if (n == null) {
      what = "missing (every key is required)";
    } else if (e.getCause() instanceof InputCoercionException c) {
      what = "out of range for " + (c.getTargetType() == long.class || c.getTargetType() == Long.class
          ? "a 64-bit" : "a 32-bit") + " whole number, not " + kind(n);
    } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      what = expected(m.getTargetType()) + ", not " + kind(n);
    } else {
      what = "invalid value " + kind(n);
    }
    ConfigFileException out = problem(named(key), what);
    out.initCause(e);
    return out;
  }

  private static String expected(Class<?> c) {
    if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
        || c == Long.class || c == Short.class || c == Byte.class || c == java.math.BigInteger.class) {
      return "must be a whole number";
    }
    if (c == double.class || c == float.class || Number.class.isAssignableFrom(c)) {
      return "must be a number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "must be true or false";
    }
    if (c == String.class) {
      return "must be text";
    }
    if (Collection.class.isAssignableFrom(c) || c.isArray()) {
      return "must be a list";
    }
    return "must be a mapping of keys";
  }

  /** A short description of a value: a scalar's text (cut at 40 characters), else its kind. */
  private static String kind(Node n) {
    if (n instanceof Mapping) {
      return "a mapping";
    }
    if (n instanceof Sequence) {
      return "a list";
    }
    String t = ((Scalar) n).text();
    if (t == null) {
      return "empty";
    }
    return t.length() <= 40 ? "'" + t + "'" : "'" + t.substring(0, 40) + "...'";
  }

  private static String where(Path file, Position at) {
    return file + ":" + at.line() + ":" + at.column() + ": ";
  }

  /** Invalid YAML: the parser's problem in one line, at its position, without the echoed source line. */
  private static String syntaxError(Path file, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      return file + ":" + (y.getProblemMark().getLine() + 1) + ":" + (y.getProblemMark().getColumn() + 1)
          + ": not valid YAML: " + y.getProblem();
    }
    JsonLocation at = e.getLocation();
    String first = e.getOriginalMessage().lines().findFirst().orElse("");
    return (at == null ? file + ": " : where(file, Position.of(at))) + "not valid YAML: " + first;
  }

  /** Builds the located tree; a key seen twice in one mapping is an error at its second occurrence. */
  private record Builder(Path file) {
    Node node(JsonParser p, String key) throws IOException {
      Position at = Position.of(p.currentTokenLocation());
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Position keyAt = Position.of(p.currentTokenLocation());
          String child = key.isEmpty() ? name : key + "." + name;
          Entry first = entries.get(name);
          if (first != null) {
            throw new ConfigFileException(where(file, keyAt) + "key '" + child + "': duplicate key (first at line "
                + first.keyAt().line() + ")");
          }
          p.nextToken();
          entries.put(name, new Entry(keyAt, node(p, child)));
        }
        return new Mapping(at, entries);
      }
      if (t == JsonToken.START_ARRAY) {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(p, key + "[" + items.size() + "]"));
        }
        return new Sequence(at, items);
      }
      return new Scalar(at, t, t == JsonToken.VALUE_NULL ? null : p.getText());
    }
  }
}
