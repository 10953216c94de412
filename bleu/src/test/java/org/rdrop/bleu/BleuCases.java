package org.rdrop.bleu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.testkit.junit.Conformance;

/** The sacreBLEU 2.6.0 reference cases of conformance/bleu/cases.jsonl. */
final class BleuCases {
  private BleuCases() {}

  /** One case: inputs, options and sacreBLEU's answers. */
  record Case(
      String name,
      List<String> hypotheses,
      List<List<String>> references,
      BleuOptions options,
      double score,
      long[] counts,
      long[] totals,
      long sysLen,
      long refLen,
      double bp,
      String signature) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> all() {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Conformance.file("bleu", "cases.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        List<String> hyps = new ArrayList<>();
        c.get("hypotheses").forEach(h -> hyps.add(h.asText()));
        List<List<String>> refs = new ArrayList<>();
        for (JsonNode stream : c.get("references")) {
          List<String> s = new ArrayList<>();
          stream.forEach(r -> s.add(r.asText()));
          refs.add(s);
        }
        cases.add(new Case(
            c.get("name").asText(), hyps, refs, options(c.get("options")),
            c.get("score").asDouble(), longs(c.get("counts")), longs(c.get("totals")),
            c.get("sys_len").asLong(), c.get("ref_len").asLong(), c.get("bp").asDouble(),
            c.get("signature").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static BleuOptions options(JsonNode o) {
    BleuOptions opts = BleuOptions.defaults();
    if (o.has("tokenize")) {
      opts = opts.withTokenize(o.get("tokenize").asText());
    }
    if (o.has("lowercase")) {
      opts = opts.withLowercase(o.get("lowercase").asBoolean());
    }
    SmoothMethod method = o.has("smooth_method") ? SmoothMethod.forLabel(o.get("smooth_method").asText()) : SmoothMethod.EXP;
    Double value = o.has("smooth_value") ? o.get("smooth_value").asDouble() : null;
    opts = opts.withSmoothing(method, value);
    if (o.has("effective_order")) {
      opts = opts.withEffectiveOrder(o.get("effective_order").asBoolean());
    }
    java.util.Set<String> known = java.util.Set.of("tokenize", "lowercase", "smooth_method", "smooth_value", "effective_order");
    o.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        throw new IllegalStateException("cases.jsonl: unknown option " + f);
      }
    });
    return opts;
  }

  private static long[] longs(JsonNode a) {
    long[] v = new long[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asLong();
    }
    return v;
  }
}
