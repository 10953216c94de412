package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.ManifestJson;

/**
 * {@code golden/paper/published.json}: the paper's published numbers, one {@link PublishedResult} per task
 * and metric. Format documented in golden/README.md.
 *
 * @param format {@link #FORMAT}
 * @param paper the paper
 * @param transcribedFrom the document the records were copied from
 * @param results the records, in the order of that document
 */
public record PublishedResults(
    @JsonProperty("format") String format,
    @JsonProperty("paper") String paper,
    @JsonProperty("transcribed_from") String transcribedFrom,
    @JsonProperty("results") List<PublishedResult> results) {

  public static final String FORMAT = "rdrop-golden-paper/1";
  public static final String PATH = "paper/published.json";

  /** Reads and validates the paper golden under a golden folder, refusing one that does not match SHA256SUMS. */
  public static PublishedResults read(Path goldenRoot) throws IOException {
    List<GoldenIndex.Problem> problems = GoldenIndex.verify(goldenRoot, "paper/");
    if (!problems.isEmpty()) {
      throw new IOException("golden paper/ does not match " + goldenRoot.resolve(GoldenIndex.FILE) + ": "
          + String.join("; ", problems.stream().map(Object::toString).toList()));
    }
    return readFile(goldenRoot.resolve(PATH));
  }

  /** Reads and validates one file, without the SHA256SUMS check. */
  public static PublishedResults readFile(Path file) throws IOException {
    PublishedResults p;
    try {
      p = ManifestJson.MAPPER.readValue(Files.readString(file), PublishedResults.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(p.format())) {
      throw new IOException(file + ": format '" + p.format() + "', expected '" + FORMAT + "'");
    }
    if (p.results() == null || p.results().isEmpty()) {
      throw new IOException(file + ": no results");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.results().size(); i++) {
      PublishedResult r = p.results().get(i);
      List<String> problems = r.problems();
      if (!problems.isEmpty()) {
        throw new IOException(file + ": results[" + i + "] (" + r.id() + "): " + String.join("; ", problems));
      }
      if (!ids.add(r.id())) {
        throw new IOException(file + ": results[" + i + "]: id " + r.id() + " appears twice");
      }
    }
    return p;
  }

  public PublishedResult get(String id) {
    return results.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no published result '" + id + "' in " + PATH));
  }
}
