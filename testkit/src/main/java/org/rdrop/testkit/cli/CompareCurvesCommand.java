package org.rdrop.testkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rdrop.format.Curve;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.testkit.compare.Tolerance;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rdrop compare-curves GOLDEN ACTUAL}: one loss curve against a golden; exit code 0 or 1. */
@Command(
    name = "compare-curves",
    mixinStandardHelpOptions = true,
    description = {
      "Compare a loss curve with a golden: exact (every step's float bits), tolerance (--atol/--rtol/--ulp)",
      "or trend (mean of the final --window steps within --rtol/--atol). Exit code 0: match, 1: no match.",
      "An exact comparison against a golden from another platform falls back to the golden's declared",
      "tolerance and says so."
    })
public final class CompareCurvesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLDEN",
      description = "Golden name (<experiment>/<method>, e.g. bible-en-es/rdrop), golden directory, or a "
          + Curve.CURVE_FILE + ".")
  String golden;

  @Parameters(index = "1", paramLabel = "ACTUAL",
      description = Curve.CURVE_FILE + " to check (or its directory); " + MethodDirectory.RUN_JSON
          + " beside it gives its platform fingerprint.")
  Path actual;

  @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
      description = "exact, tolerance or trend (default: what the golden declares, else exact).")
  Mode mode;

  @Option(names = "--rtol", paramLabel = "X", description = "Relative bound: |a - e| <= atol + rtol * |e|.")
  Double rtol;

  @Option(names = "--atol", paramLabel = "X", description = "Absolute bound.")
  Double atol;

  @Option(names = "--ulp", paramLabel = "N", description = "Or at most N representable doubles apart.")
  Long ulp;

  @Option(names = "--window", paramLabel = "N", description = "Trend mode: final steps averaged (default: the golden's).")
  int window;

  @Option(names = "--columns", paramLabel = "COLS", split = ",",
      description = "Float columns for tolerance and trend mode (default: all / the golden's trend columns).")
  List<String> columns = new ArrayList<>();

  @Mixin GoldenDirOption goldenDir;
  @Mixin OutputOptions output;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldenCurve g = readGolden();
    Path file = Files.isDirectory(actual) ? actual.resolve(Curve.CURVE_FILE) : actual;
    RunCurve a = RunCurve.load(file);
    CurveComparison how = new CurveComparison(mode, null, null, window, columns);
    if (rtol != null || atol != null || ulp != null) {
      Tolerance t = new Tolerance(atol == null ? 0 : atol, rtol == null ? 0 : rtol, ulp == null ? 0 : ulp);
      how = mode == Mode.TREND ? how.withTrend(t, window) : how.withTolerance(t);
    }
    CurveReport r = CurveComparator.compare(g, a, how);
    Check check = new Check("rdrop.compare-curves", g.name(), r.passed() ? Check.Status.PASSED : Check.Status.FAILED,
        r.headline(), r.text(), r.notes(), new TreeMap<>(r.toMap()));
    output.print(new CheckReport("rdrop compare-curves " + g.name() + " " + a.label(), List.of(check)),
        spec.commandLine().getOut(), r.text());
    return r.passed() ? 0 : 1;
  }

  private GoldenCurve readGolden() throws java.io.IOException {
    Path p = Path.of(golden);
    if (Files.exists(p)) {
      return GoldenCurve.read(p, golden);
    }
    GoldenStore store = goldenDir.store();
    return store.curve(GoldenStore.checkName(golden));
  }

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      return Mode.parse(value);
    }
  }
}
