package org.rdrop.trainer.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rdrop.format.ManifestJson;

/**
 * Where the time of an update goes: updates run under libtorch's profiler ({@link JniUtils#startProfile}),
 * whose trace (a JSON array of complete events, microseconds) is read back here. Each op's self time is its
 * duration minus that of the ops nested in it on the same thread; self times are summed by {@link OpClass}.
 * {@link UpdateStep}'s phase timers, lined up with the trace's clock through one anchor op, give each
 * phase's wall time and the op time inside it; the difference, the gap, is what no op accounts for: JNI
 * and Java work (making masks, the KL kernel, which is Java), allocation and freeing.
 */
public final class StepProfile {
  /** A profiled update's phases, in {@link UpdateStep}'s order, and the time after it (its tensors freed). */
  enum Phase {
    FORWARD("forward (masks included)"),
    LOSS("loss and its gradient (the KL kernel is Java)"),
    BACKWARD("backward"),
    GRADIENTS("gradients: normalise, norm, clip"),
    OPTIMIZER("Adam and zeroing the gradients"),
    AFTER("after the update (its tensors freed)");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  /** What an op is, for the table: by name, by the phase it runs in, or by its operands' shapes. */
  public enum OpClass {
    MATMUL("matmul (addmm, mm, bmm, matmul, linear)"),
    SOFTMAX_LOSS("softmax, log-softmax, and the loss's other ops"),
    ATTENTION("attention, other (ops on 4-d arrays)"),
    LAYER_NORM("layer norm"),
    DROPOUT("dropout-mask multiply"),
    ELEMENTWISE("element-wise and sums"),
    OPTIMIZER("optimizer (gradient normalise/clip, Adam)"),
    COPIES("copies (copy_, cat, contiguous, to, index_put_)"),
    OTHER("other (views, allocation, autograd's own)");

    final String label;

    OpClass(String label) {
      this.label = label;
    }
  }

  private static final Set<String> MATMULS = Set.of("addmm", "mm", "bmm", "matmul", "linear", "baddbmm", "addmv", "mv", "dot");
  private static final Set<String> SOFTMAXES = Set.of("softmax", "_softmax", "log_softmax", "_log_softmax",
      "_softmax_backward_data", "_log_softmax_backward_data", "kl_div");
  private static final Set<String> LAYER_NORMS = Set.of("layer_norm", "native_layer_norm", "native_layer_norm_backward");
  private static final Set<String> COPY_OPS = Set.of("copy_", "cat", "contiguous", "clone", "to", "_to_copy", "stack",
      "index_put_", "_index_put_impl_");
  private static final Set<String> ELEMENTWISE_OPS = Set.of("add", "add_", "sub", "sub_", "rsub", "mul", "mul_", "div",
      "div_", "neg", "relu", "threshold_backward", "gelu", "gelu_backward", "sqrt", "exp", "log", "pow", "sum",
      "masked_fill", "where", "fill_", "zero_");
  /** The anchor op's operand: a shape no model uses, so the op is found again in the trace. */
  private static final Shape ANCHOR_SHAPE = new Shape(3, 5, 7, 11);

  /** A profiled update: its kind (baseline, R-Drop), phase timers, when it returned and its mask time. */
  record Step(String kind, UpdateStep.Phases phases, long endNanos, long maskNanos) {}

  /** One op of the trace. */
  record Event(String name, String thread, double ts, double dur, List<List<Long>> shapes) {
    double end() {
      return ts + dur;
    }
  }

  private StepProfile() {}

  /** Profiling in progress: {@link #start}, run and {@link #add} updates, then {@link #stop}. */
  public static final class Session {
    private final Path trace;
    private final List<Step> steps = new ArrayList<>();
    private final long anchorNanos;

    private Session(Path trace, long anchorNanos) {
      this.trace = trace;
      this.anchorNanos = anchorNanos;
    }

    void add(String kind, UpdateStep.Outcome outcome, long endNanos) {
      steps.add(new Step(kind, outcome.phases(), endNanos, outcome.maskNanos()));
    }

    /** Stops the profiler, writes the trace and reads it back. */
    Report stop() throws IOException {
      JniUtils.stopProfile(trace.toAbsolutePath().toString());
      return read(trace, anchorNanos, steps);
    }
  }

  /**
   * Starts libtorch's profiler (CPU, operand shapes recorded: the table's classes need them) and runs the
   * anchor op, whose start in the trace is the clock origin of the Java timers.
   */
  static Session start(NDManager manager, Path trace) {
    try (NDArray anchor = manager.zeros(ANCHOR_SHAPE)) {
      JniUtils.startProfile(false, true, false);
      long t = System.nanoTime();
      anchor.neg().close();
      return new Session(trace, t);
    }
  }

  /** The trace's complete events ("ph": "X"); a Kineto trace keeps them under "traceEvents". */
  static List<Event> events(Path trace) throws IOException {
    JsonNode root = ManifestJson.MAPPER.readTree(trace.toFile());
    JsonNode list = root.isArray() ? root : root.path("traceEvents");
    if (!list.isArray()) {
      throw new IOException(trace + ": not a profiler trace (no array of events)");
    }
    List<Event> out = new ArrayList<>();
    for (JsonNode e : list) {
      if (!"X".equals(e.path("ph").asText())) {
        continue;
      }
      List<List<Long>> shapes = new ArrayList<>();
      for (JsonNode s : e.path("shape")) {
        List<Long> dims = new ArrayList<>();
        s.forEach(d -> dims.add(d.asLong()));
        shapes.add(dims);
      }
      out.add(new Event(e.path("name").asText(), e.path("pid").asText() + "/" + e.path("tid").asText(),
          e.path("ts").asDouble(), e.path("dur").asDouble(), shapes));
    }
    return out;
  }

  /** Each event's self time (same order as {@code events}): its duration minus its direct children's on its thread. */
  static double[] selfTimes(List<Event> events) {
    Map<String, List<Integer>> byThread = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      byThread.computeIfAbsent(events.get(i).thread(), k -> new ArrayList<>()).add(i);
    }
    double[] self = new double[events.size()];
    for (List<Integer> thread : byThread.values()) {
      // A parent starts no later than its children and, at the same start, lasts longer.
      thread.sort(Comparator.<Integer>comparingDouble(i -> events.get(i).ts())
          .thenComparing(Comparator.<Integer>comparingDouble(i -> events.get(i).dur()).reversed()));
      List<Integer> open = new ArrayList<>(); // the enclosing ops, innermost last
      for (int i : thread) {
        Event e = events.get(i);
        while (!open.isEmpty() && events.get(open.get(open.size() - 1)).end() <= e.ts()) {
          open.remove(open.size() - 1);
        }
        if (!open.isEmpty()) {
          self[open.get(open.size() - 1)] -= e.dur();
        }
        self[i] += e.dur();
        open.add(i);
      }
    }
    return self;
  }

  /** The class of an op that starts in {@code phase}. */
  static OpClass classify(String name, List<List<Long>> shapes, Phase phase) {
    String op = name.startsWith("aten::") ? name.substring("aten::".length()) : name;
    if (phase == Phase.GRADIENTS || phase == Phase.OPTIMIZER) {
      return OpClass.OPTIMIZER;
    }
    if (MATMULS.contains(op)) {
      return OpClass.MATMUL;
    }
    if (SOFTMAXES.contains(op) || phase == Phase.LOSS) {
      return OpClass.SOFTMAX_LOSS;
    }
    if (LAYER_NORMS.contains(op)) {
      return OpClass.LAYER_NORM;
    }
    // Dropout multiplies an array by a mask of its shape, in forward and (for the gradient) in backward;
    // other products in the model are by a scalar.
    if (op.equals("mul") && shapes.size() == 2 && shapes.get(0).size() >= 2 && shapes.get(0).equals(shapes.get(1))) {
      return OpClass.DROPOUT;
    }
    if (COPY_OPS.contains(op)) {
      return OpClass.COPIES;
    }
    if (!name.contains("Backward") && !name.startsWith("autograd::") && shapes.stream().anyMatch(s -> s.size() == 4)) {
      return OpClass.ATTENTION;
    }
    return ELEMENTWISE_OPS.contains(op) ? OpClass.ELEMENTWISE : OpClass.OTHER;
  }

  /** Self time per class and wall/op time per phase of each kind of update, summed over its updates (µs). */
  public static final class Report {
    final Path trace;
    final Map<String, Integer> steps = new LinkedHashMap<>();
    final Map<String, EnumMap<OpClass, Double>> byClass = new LinkedHashMap<>();
    final Map<String, EnumMap<Phase, Double>> wall = new LinkedHashMap<>();
    final Map<String, EnumMap<Phase, Double>> ops = new LinkedHashMap<>();
    final Map<String, Double> masks = new LinkedHashMap<>();

    Report(Path trace) {
      this.trace = trace;
    }

    private void kind(String kind) {
      steps.merge(kind, 1, Integer::sum);
      byClass.computeIfAbsent(kind, k -> zeros(OpClass.class));
      wall.computeIfAbsent(kind, k -> zeros(Phase.class));
      ops.computeIfAbsent(kind, k -> zeros(Phase.class));
    }

    private static <E extends Enum<E>> EnumMap<E, Double> zeros(Class<E> type) {
      EnumMap<E, Double> m = new EnumMap<>(type);
      for (E e : type.getEnumConstants()) {
        m.put(e, 0.0);
      }
      return m;
    }

    /** Mean self time per update of {@code kind} in op class {@code c}, in ms. */
    public double classMs(String kind, OpClass c) {
      return byClass.get(kind).get(c) / steps.get(kind) / 1000;
    }

    double wallMs(String kind, Phase p) {
      return wall.get(kind).get(p) / steps.get(kind) / 1000;
    }

    double opsMs(String kind, Phase p) {
      return ops.get(kind).get(p) / steps.get(kind) / 1000;
    }

    /** The tables: ms per update of each kind. */
    public void print(PrintWriter out) {
      List<String> kinds = new ArrayList<>(steps.keySet());
      StringBuilder counts = new StringBuilder();
      for (String k : kinds) {
        counts.append(counts.length() == 0 ? "" : ", ").append(steps.get(k)).append(' ').append(k);
      }
      out.printf(Locale.ROOT, "profile: %s updates under libtorch's profiler (which slows them), trace %s; ms per update%n",
          counts, trace);
      out.printf(Locale.ROOT, "%-52s", "op class, self time");
      kinds.forEach(k -> out.printf(Locale.ROOT, " %12s", k));
      out.println();
      for (OpClass c : OpClass.values()) {
        out.printf(Locale.ROOT, "%-52s", c.label);
        kinds.forEach(k -> out.printf(Locale.ROOT, " %12.1f", classMs(k, c)));
        out.println();
      }
      out.printf(Locale.ROOT, "%-52s", "all ops");
      kinds.forEach(k -> out.printf(Locale.ROOT, " %12.1f", total(ops.get(k)) / steps.get(k) / 1000));
      out.println();
      out.printf(Locale.ROOT, "%-52s", "phase (Java timers): wall / ops / gap");
      kinds.forEach(k -> out.printf(Locale.ROOT, " %24s", k));
      out.println();
      for (Phase p : Phase.values()) {
        out.printf(Locale.ROOT, "%-52s", p.label);
        kinds.forEach(k -> out.printf(Locale.ROOT, " %8.1f %7.1f %7.1f", wallMs(k, p), opsMs(k, p), wallMs(k, p) - opsMs(k, p)));
        out.println();
        if (p == Phase.FORWARD) {
          out.printf(Locale.ROOT, "%-52s", "  of which making masks (Java)");
          kinds.forEach(k -> out.printf(Locale.ROOT, " %8.1f %15s", masks.get(k) / steps.get(k) / 1000, ""));
          out.println();
        }
      }
      out.printf(Locale.ROOT, "%-52s", "update");
      kinds.forEach(k -> {
        double w = total(wall.get(k)) / steps.get(k) / 1000;
        double o = total(ops.get(k)) / steps.get(k) / 1000;
        out.printf(Locale.ROOT, " %8.1f %7.1f %7.1f", w, o, w - o);
      });
      out.println();
    }

    private static double total(Map<?, Double> m) {
      return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /**
   * Reads {@code trace} and attributes each op that starts inside a step to that step's phase and to an op
   * class. {@code anchorNanos} is when the anchor op (the trace's only op on a [3, 5, 7, 11] array) started.
   */
  static Report read(Path trace, long anchorNanos, List<Step> steps) throws IOException {
    List<Event> events = events(trace);
    Event anchor = events.stream()
        .filter(e -> e.name().equals("aten::neg") && e.shapes().size() == 1
            && e.shapes().get(0).equals(Arrays.stream(ANCHOR_SHAPE.getShape()).boxed().toList()))
        .findFirst()
        .orElseThrow(() -> new IOException(trace + ": the anchor op (aten::neg of a [3, 5, 7, 11] array) is missing"));
    double[] self = selfTimes(events);
    Report r = new Report(trace);
    List<double[]> bounds = new ArrayList<>();
    for (Step s : steps) {
      UpdateStep.Phases p = s.phases();
      long[] nanos = {p.start(), p.forward(), p.loss(), p.backward(), p.gradients(), p.optimizer(), s.endNanos()};
      double[] us = new double[nanos.length];
      for (int i = 0; i < nanos.length; i++) {
        us[i] = anchor.ts() + (nanos[i] - anchorNanos) / 1000.0;
      }
      bounds.add(us);
      r.kind(s.kind());
      for (Phase ph : Phase.values()) {
        r.wall.get(s.kind()).merge(ph, us[ph.ordinal() + 1] - us[ph.ordinal()], Double::sum);
      }
      r.masks.merge(s.kind(), s.maskNanos() / 1000.0, Double::sum);
    }
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      double ts = e.ts();
      for (int i = 0; i < steps.size(); i++) {
        double[] us = bounds.get(i);
        if (ts < us[0] || ts >= us[us.length - 1]) {
          continue;
        }
        int ph = 0;
        while (ts >= us[ph + 1]) {
          ph++;
        }
        Phase phase = Phase.values()[ph];
        String kind = steps.get(i).kind();
        r.byClass.get(kind).merge(classify(e.name(), e.shapes(), phase), self[j], Double::sum);
        r.ops.get(kind).merge(phase, self[j], Double::sum);
        break;
      }
    }
    return r;
  }
}
