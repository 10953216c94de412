package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.ManifestJson;

/**
 * {@code golden/<experiment>/claims.json} (format {@link #FORMAT}, golden/README.md): which published
 * results an experiment's report speaks to, what counts as reproducing each (declared before looking at
 * a result), and the verdict the golden run got, so that {@code ./rdrop check} can tell a regression.
 *
 * @param format {@link #FORMAT}
 * @param experiment the experiment; must match the folder
 * @param claims one per report metric judged
 */
public record Claims(
    @JsonProperty("format") String format,
    @JsonProperty("experiment") String experiment,
    @JsonProperty("claims") List<Claim> claims) {

  public static final String FORMAT = "rdrop-golden-claims/1";
  public static final String FILE = "claims.json";

  /**
   * @param metric the report metric's id (report.json {@code metrics[].id})
   * @param published the id of the record in paper/published.json
   * @param significance level for p-values
   * @param band lowest and highest measured delta accepted as the published effect
   * @param expected the verdict of the run the golden came from; a worse verdict is a regression
   * @param why why this band and this comparison (the experiment is not the paper's task)
   */
  public record Claim(
      @JsonProperty("metric") String metric,
      @JsonProperty("published") String published,
      @JsonProperty("significance") double significance,
      @JsonProperty("band") List<Double> band,
      @JsonProperty("expected") String expected,
      @JsonProperty("why") String why) {

    public Criteria criteria() {
      return new Criteria(significance, band.get(0), band.get(1));
    }

    public Verdict expectedVerdict() {
      return Verdict.ofLabel(expected);
    }
  }

  /** The claims golden of an experiment, or null when it has none; refuses one that does not match SHA256SUMS. */
  public static Claims read(Path goldenRoot, String experiment) throws IOException {
    String rel = experiment + "/" + FILE;
    Path file = goldenRoot.resolve(rel);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<GoldenIndex.Problem> problems = GoldenIndex.verify(goldenRoot, rel);
    if (!problems.isEmpty()) {
      throw new IOException("golden " + rel + " does not match " + goldenRoot.resolve(GoldenIndex.FILE) + ": "
          + String.join("; ", problems.stream().map(Object::toString).toList())
          + ". Goldens change only with a reason (golden/README.md).");
    }
    return readFile(file, experiment);
  }

  /** Reads and validates one file (no SHA256SUMS check); every error names the file and the field. */
  public static Claims readFile(Path file, String experiment) throws IOException {
    Claims c;
    try {
      c = ManifestJson.MAPPER.readValue(Files.readString(file), Claims.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(c.format())) {
      throw new IOException(file + ": format '" + c.format() + "', expected '" + FORMAT + "'");
    }
    if (!experiment.equals(c.experiment())) {
      throw new IOException(file + ": field experiment is '" + c.experiment() + "', but the file is under golden/" + experiment);
    }
    if (c.claims() == null || c.claims().isEmpty()) {
      throw new IOException(file + ": no claims");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.claims().size(); i++) {
      Claim k = c.claims().get(i);
      String at = file + ": claims[" + i + "]";
      List<String> bad = new ArrayList<>();
      if (k.metric() == null || k.metric().isBlank()) bad.add("metric is missing");
      if (k.published() == null || k.published().isBlank()) bad.add("published is missing");
      if (k.band() == null || k.band().size() != 2 || k.band().contains(null)) bad.add("band must be two numbers [low, high]");
      if (k.why() == null || k.why().isBlank()) bad.add("why is missing (say why this band)");
      if (bad.isEmpty()) {
        try {
          k.criteria();
          k.expectedVerdict();
        } catch (IllegalArgumentException e) {
          bad.add(e.getMessage());
        }
      }
      if (!bad.isEmpty()) {
        throw new IOException(at + ": " + String.join("; ", bad));
      }
      if (!seen.add(k.metric() + " " + k.published())) {
        throw new IOException(at + ": metric " + k.metric() + " against " + k.published() + " appears twice");
      }
    }
    return c;
  }
}
