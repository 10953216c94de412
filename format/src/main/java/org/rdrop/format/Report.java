package org.rdrop.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything {@code report.json} holds (format {@link #FORMAT}, documented in docs/run-directory.md): written
 * by the report stage ({@link ManifestJson#toJson}), read back by {@link #read} for checks and verdicts. The
 * curves themselves stay in the run directory; the report names them with their SHA-256.
 *
 * @param format always {@link #FORMAT}
 * @param experiment experiment name
 * @param description the experiment's one-line description
 * @param identity the run's identity as its manifest states it, plus each trained method's trainer identity
 * @param platform the platform fingerprint the models were trained on (from the trainer's run.json)
 * @param config the experiment as parsed
 * @param training per method: what training did
 * @param metrics the metric table: baseline, R-Drop, delta with interval and p-value, beside the paper
 * @param curves the curve files the charts were drawn from
 * @param notes plain statements a reader must not miss (e.g. what was not evaluated)
 * @param overtake where R-Drop's validation NLL first falls below the baseline's, or null when the two methods
 *     were not both validated, and in a seed set's report (each seed's is in {@code seeds[].overtake})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
    @JsonProperty("format") String format,
    @JsonProperty("experiment") String experiment,
    @JsonProperty("description") String description,
    @JsonProperty("identity") SortedMap<String, Object> identity,
    @JsonProperty("platform") JsonNode platform,
    @JsonProperty("config") JsonNode config,
    @JsonProperty("training") SortedMap<String, Training> training,
    @JsonProperty("metrics") List<Metric> metrics,
    @JsonProperty("curves") List<CurveFile> curves,
    @JsonProperty("notes") List<String> notes,
    @JsonProperty("overtake") Overtake overtake,
    // A seed set's report only (absent from one run's report.json, whose bytes stay as they were).
    @JsonProperty("seeds") @JsonInclude(JsonInclude.Include.NON_NULL) List<SeedRun> seeds) {

  public static final String FORMAT = "rdrop-report/1";

  /** A report without an overtaking point (as before {@code overtake} existed; callers that have none). */
  public Report(String format, String experiment, String description, SortedMap<String, Object> identity,
      JsonNode platform, JsonNode config, SortedMap<String, Training> training, List<Metric> metrics,
      List<CurveFile> curves, List<String> notes, List<SeedRun> seeds) {
    this(format, experiment, description, identity, platform, config, training, metrics, curves, notes, null, seeds);
  }

  /** Reads and checks {@code file}; fails naming the file and the first field that is not as written. */
  public static Report read(Path file) throws IOException {
    return parse(Files.readString(file), file);
  }

  /** A report from its JSON text; {@code file} names it in messages. */
  public static Report parse(String json, Path file) throws IOException {
    JsonNode root;
    try {
      root = ManifestJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText(null))) {
      throw new IOException(file + ": field format is " + (root == null ? "absent" : root.path("format"))
          + ", expected '" + FORMAT + "'");
    }
    JsonNode rows = root.path("metrics");
    if (!rows.isArray()) {
      throw new IOException(file + ": field metrics is not a list");
    }
    // Checked field by field first, so that a bad row is named by its index and id.
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = rows.get(i);
      String at = file + ": metrics[" + i + "]";
      String id = requireText(r, "id", at);
      JsonNode c = r.path("delta_ci95");
      if (c.isArray()) {
        if (c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
          throw new IOException(at + " (" + id + "): field delta_ci95 must be two numbers, found " + c);
        }
      } else if (!c.isMissingNode() && !c.isNull()) {
        throw new IOException(at + " (" + id + "): field delta_ci95 must be two numbers or null, found " + c);
      }
      if (!r.path("higher_is_better").isBoolean()) {
        throw new IOException(at + " (" + id + "): field higher_is_better must be true or false");
      }
      requireText(r, "name", at);
      for (String f : List.of("baseline", "rdrop", "delta", "p_value")) {
        JsonNode n = r.path(f);
        if (!n.isMissingNode() && !n.isNull() && !n.isNumber()) {
          throw new IOException(at + ": field " + f + " must be a number or null, found " + n);
        }
      }
    }
    try {
      // Lenient on fields it does not know, as the verdicts always were: a newer writer's extra fields are no error.
      return ManifestJson.MAPPER.readerFor(Report.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(root);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String requireText(JsonNode r, String field, String at) throws IOException {
    JsonNode n = r.path(field);
    if (!n.isTextual() || n.asText().isEmpty()) {
      throw new IOException(at + ": field " + field + " must be a non-empty string");
    }
    return n.asText();
  }

  /**
   * One method's training: updates, epochs, the losses at the end (nats per target token), its compute and
   * whether it converged.
   *
   * @param passes forward-backward passes over batches: the sum of curve.tsv's {@code passes} (an R-Drop
   *     update is 2, a baseline update 1)
   * @param tokenPasses the sum over updates of passes x target tokens: the training compute in a unit that
   *     is deterministic (wall time is not; it is in {@code <method>/timing.json}, outside the report)
   * @param finalDropoutKl the last row of {@code <method>/dropout-kl.tsv}: R-Drop's consistency term between
   *     two dropout passes on validation data, measured for both methods; null when the run has no such file
   *     (no validation data, or trained before the diagnostic existed)
   * @param convergence why training stopped and which checkpoints the model comes from (summary.json), or
   *     null for a run trained before those were recorded
   */
  public record Training(
      @JsonProperty("updates") long updates,
      @JsonProperty("epochs") long epochs,
      @JsonProperty("final_train_nll") double finalTrainNll,
      @JsonProperty("final_train_nll_window") int finalTrainNllWindow,
      @JsonProperty("final_valid_nll") Double finalValidNll,
      @JsonProperty("best_valid_nll") Double bestValidNll,
      @JsonProperty("final_kl") double finalKl,
      @JsonProperty("final_dropout_kl") Double finalDropoutKl,
      @JsonProperty("trainer_identity") String trainerIdentity,
      @JsonProperty("passes") long passes,
      @JsonProperty("token_passes") long tokenPasses,
      @JsonProperty("convergence") Convergence convergence) {
    /** A method's training without the dropout KL diagnostic (unknown: null). */
    public Training(long updates, long epochs, double finalTrainNll, int finalTrainNllWindow, Double finalValidNll,
        Double bestValidNll, double finalKl, String trainerIdentity, long passes, long tokenPasses,
        Convergence convergence) {
      this(updates, epochs, finalTrainNll, finalTrainNllWindow, finalValidNll, bestValidNll, finalKl, null,
          trainerIdentity, passes, tokenPasses, convergence);
    }
  }

  /**
   * Where R-Drop overtakes the baseline: the first validation from which R-Drop's validation NLL stays below
   * the baseline's at the same update (valid.tsv; updates both methods validated), and the training compute each
   * method had spent by then, in target-token passes summed from curve.tsv up to that update (deterministic;
   * wall time is printed by {@code reproduce}/{@code evaluate}, never written here).
   *
   * @param status {@link #OVERTAKES} (below from {@code step} on, not at the first validation),
   *     {@link #FROM_FIRST_VALIDATION} (below at every validation compared), {@link #NOT_LASTING} (below at some,
   *     not at the last one compared) or {@link #NEVER} (never below within the run)
   * @param step the update of that validation; null for {@link #NEVER} and {@link #NOT_LASTING}
   * @param validationsCompared validations at updates both methods validated
   * @param baselineTokenPasses the baseline's target-token passes up to {@code step}; null without a step
   * @param rdropTokenPasses R-Drop's target-token passes up to {@code step}; null without a step
   */
  public record Overtake(
      @JsonProperty("status") String status,
      @JsonProperty("step") Long step,
      @JsonProperty("validations_compared") int validationsCompared,
      @JsonProperty("baseline_token_passes") Long baselineTokenPasses,
      @JsonProperty("rdrop_token_passes") Long rdropTokenPasses) {
    public static final String OVERTAKES = "overtakes";
    public static final String FROM_FIRST_VALIDATION = "from_first_validation";
    public static final String NEVER = "never";
    public static final String NOT_LASTING = "not_lasting";
  }

  /**
   * How a method's training ended, from its summary.json and valid.tsv.
   *
   * @param stoppedBy {@code patience}, {@code max_updates} or {@code max_epochs}
   * @param bestMetric the validation metric that decided the best checkpoint ({@code loss} or {@code nll})
   * @param bestUpdate the update of the best validation, null without validation data
   * @param validationsSinceBest validations after the best one, null without validation data
   * @param converged true when validation stopped improving: at least {@code window} validations after the
   *     best one; false when it still improved within them (or there was no validation to tell)
   * @param window the validations without improvement that count as converged: the run's patience, or
   *     {@link #DEFAULT_WINDOW} when patience is off
   * @param finalModel {@code last}, {@code best} or {@code average}
   * @param finalModelUpdates the checkpoints the evaluated model comes from
   */
  public record Convergence(
      @JsonProperty("stopped_by") String stoppedBy,
      @JsonProperty("best_metric") String bestMetric,
      @JsonProperty("best_update") Long bestUpdate,
      @JsonProperty("validations_since_best") Integer validationsSinceBest,
      @JsonProperty("converged") Boolean converged,
      @JsonProperty("window") int window,
      @JsonProperty("final_model") String finalModel,
      @JsonProperty("final_model_updates") List<Long> finalModelUpdates) {
    /** Without patience, two validations in a row without improvement count as converged. */
    public static final int DEFAULT_WINDOW = 2;
  }

  /**
   * One row of the metric table. Nulls are unknown values, shown as "unknown", never guessed.
   *
   * @param id stable key of the metric, e.g. {@code bleu}; golden claims name rows by it
   * @param name e.g. "BLEU (sacreBLEU)"
   * @param detail e.g. the sacreBLEU signature
   * @param higherIsBetter direction of improvement
   * @param baselineCi95 95% interval of the baseline's score (bootstrap percentiles), two numbers
   * @param rdropCi95 95% interval of R-Drop's score, two numbers
   * @param delta rdrop minus baseline
   * @param deltaCi95 95% interval of the delta itself: R-Drop minus baseline on each bootstrap resample,
   *     then the same percentiles, two numbers
   * @param test how the intervals and p-value were obtained (e.g. "paired bootstrap, n=1000, seed 12345")
   * @param paper the paper's published numbers for the closest task
   */
  public record Metric(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("detail") String detail,
      @JsonProperty("higher_is_better") boolean higherIsBetter,
      @JsonProperty("baseline") Double baseline,
      @JsonProperty("baseline_ci95") List<Double> baselineCi95,
      @JsonProperty("rdrop") Double rdrop,
      @JsonProperty("rdrop_ci95") List<Double> rdropCi95,
      @JsonProperty("delta") Double delta,
      @JsonProperty("delta_ci95") List<Double> deltaCi95,
      @JsonProperty("p_value") Double pValue,
      @JsonProperty("test") String test,
      @JsonProperty("paper") Paper paper,
      @JsonProperty("spread") @JsonInclude(JsonInclude.Include.NON_NULL) Spread spread) {

    /** A row built field by field: its id and name, then what is known (the rest stays null, "unknown"). */
    public static Builder builder(String id, String name) {
      return new Builder(id, name);
    }

    /** Builds a {@link Metric} without a 13-argument constructor call. */
    public static final class Builder {
      private final String id;
      private final String name;
      private String detail = "";
      private boolean higherIsBetter = true;
      private Double baseline;
      private List<Double> baselineCi95;
      private Double rdrop;
      private List<Double> rdropCi95;
      private Double delta;
      private List<Double> deltaCi95;
      private Double pValue;
      private String test = "";
      private Paper paper;
      private Spread spread;

      private Builder(String id, String name) {
        this.id = id;
        this.name = name;
      }

      public Builder detail(String detail) {
        this.detail = detail;
        return this;
      }

      public Builder higherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
        return this;
      }

      /** Each method's score with its 95% interval (two numbers, or null). */
      public Builder scores(Double baseline, List<Double> baselineCi95, Double rdrop, List<Double> rdropCi95) {
        this.baseline = baseline;
        this.baselineCi95 = baselineCi95;
        this.rdrop = rdrop;
        this.rdropCi95 = rdropCi95;
        return this;
      }

      /** R-Drop minus baseline, its 95% interval and the test's p-value; {@code test} says how they were got. */
      public Builder delta(Double delta, List<Double> deltaCi95, Double pValue, String test) {
        this.delta = delta;
        this.deltaCi95 = deltaCi95;
        this.pValue = pValue;
        this.test = test;
        return this;
      }

      public Builder paper(Paper paper) {
        this.paper = paper;
        return this;
      }

      /** A seed set's row: how much each score and the delta vary from seed to seed. */
      public Builder spread(Spread spread) {
        this.spread = spread;
        return this;
      }

      public Metric build() {
        return new Metric(id, name, detail, higherIsBetter, baseline, baselineCi95, rdrop, rdropCi95, delta,
            deltaCi95, pValue, test, paper, spread);
      }
    }

    /** A row without any interval or p-value. */
    public static Metric withoutTest(
        String id, String name, String detail, boolean higherIsBetter, Double baseline, Double rdrop, String test,
        Paper paper) {
      Double delta = baseline == null || rdrop == null ? null : rdrop - baseline;
      return new Metric(id, name, detail, higherIsBetter, baseline, null, rdrop, null, delta, null, null, test, paper,
          null);
    }
  }

  /**
   * A seed set's metric row: the number of seeds and the sample standard deviation (n - 1) over seeds of
   * each method's score and of the per-seed delta. The row's scores and delta are the means over seeds.
   */
  public record Spread(
      @JsonProperty("seeds") int seeds,
      @JsonProperty("baseline_sd") double baselineSd,
      @JsonProperty("rdrop_sd") double rdropSd,
      @JsonProperty("delta_sd") double deltaSd) {}

  /**
   * One seed's run in a seed set ({@link SeedSetDirectory}): its seed, its run directory relative to the
   * set, the run's identity hash, the scores of its own report by metric id, and its report's overtaking point
   * (null when that report has none).
   */
  public record SeedRun(
      @JsonProperty("seed") long seed,
      @JsonProperty("run") String run,
      @JsonProperty("identity") String identity,
      @JsonProperty("scores") java.util.SortedMap<String, SeedScore> scores,
      @JsonProperty("overtake") Overtake overtake) {
    /** A seed's run without an overtaking point. */
    public SeedRun(long seed, String run, String identity, java.util.SortedMap<String, SeedScore> scores) {
      this(seed, run, identity, scores, null);
    }
  }

  /** A metric of one seed's run, as that run's report states it. */
  public record SeedScore(
      @JsonProperty("baseline") Double baseline,
      @JsonProperty("rdrop") Double rdrop,
      @JsonProperty("delta") Double delta,
      @JsonProperty("p_value") Double pValue) {}

  /** Published numbers; null fields are unknown. */
  public record Paper(
      @JsonProperty("task") String task,
      @JsonProperty("baseline") Double baseline,
      @JsonProperty("rdrop") Double rdrop,
      @JsonProperty("delta") Double delta,
      @JsonProperty("source") String source) {}

  /** A file of the run directory the report read. */
  public record CurveFile(@JsonProperty("path") String path, @JsonProperty("sha256") String sha256) {}
}
