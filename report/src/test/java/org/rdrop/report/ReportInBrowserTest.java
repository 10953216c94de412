package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;

/**
 * report.html as a reader sees it: headless Chromium opens it with every host name unresolvable, and the
 * rendered page must hold the three charts and the metric table, and must have asked for nothing outside
 * the file. Without Chromium a developer's run skips (with the reason); with CI=true it fails, as the
 * container tests do, because .ci/run installs Chromium.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RDROP_CHROMIUM", "/usr/bin/chromium"));

  @TempDir Path dir;

  @BeforeAll
  static void chromiumIsThere() {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = CHROMIUM + " is not installed (apt-get install chromium)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("CI=true but the browser test cannot run: " + why + "; .ci/run installs it");
      }
      System.err.println("browser test skipped: " + why);
      assumeTrue(false, "browser test skipped: " + why);
    }
  }

  @Test
  void theReportRendersOfflineWithItsChartsAndMetricTable() throws Exception {
    Path report = writeFixtureReport();
    String html = Files.readString(report);
    // Nothing to fetch: no src/href/url() other than in-page anchors and data: URIs.
    Matcher refs = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)|url\\(\\s*[\"']?([^\"')]*)").matcher(html);
    while (refs.find()) {
      String target = refs.group(1) != null ? refs.group(1) : refs.group(2);
      assertThat(target).as("reference in report.html").matches("#.*|data:.*");
    }

    Browser b = Browser.run(dir, "--dump-dom", report);
    String dom = b.stdout();
    assertThat(dom).contains("</html>");
    assertThat(b.pageRequests()).as("requests the page made").isEmpty();

    // Each chart follows its heading, as an inline SVG with drawn content.
    List<String> svgs = svgsAfter(dom, "Loss curves", "Training vs validation", "KL term",
        "Dropout KL at each validation");
    for (String svg : svgs) {
      assertThat(count(svg, "<path")).as("drawn shapes").isGreaterThan(10);
    }
    // The two validation series have three points each: the baseline's drawn as circles (R-Drop's as
    // diamonds, so that where the two meet both stay visible).
    assertThat(count(svgs.get(1), "<ellipse")).isGreaterThanOrEqualTo(3);
    // The dropout KL of both methods at each validation: the baseline's circles again.
    assertThat(count(svgs.get(3), "<ellipse")).isGreaterThanOrEqualTo(3);

    // The metric table: header, then the row with the fixture's numbers (%.4f, signed delta).
    assertThat(dom).contains(
        "<th>metric</th><th>baseline [95% CI]</th><th>R-Drop [95% CI]</th><th>delta</th><th>delta 95% CI</th>");
    assertThat(dom).contains("<td>BLEU (sacreBLEU)</td><td>27.1000 [26.0000, 28.2000]</td>"
        + "<td>28.0500 [27.0000, 29.1000]</td><td>+0.9500</td><td>[+0.4000, +1.5000]</td><td>0.0020</td>"
        + "<td>34.6400</td><td>37.2500</td><td>+2.6100</td>");

    // Painted, not only parsed: the series' colours are on the screenshot.
    Path png = dir.resolve("report.png");
    Browser.run(dir, "--screenshot=" + png, report);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(saturatedPixels(img)).as("coloured chart pixels").isGreaterThan(2000);
  }

  @Test
  void theRequestCheckSeesAPageThatFetches() throws Exception {
    // Control for the check above: a page with an external image is caught (and fails to resolve).
    Path page = dir.resolve("fetching.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"https://example.invalid/x.png\"></body></html>");
    assertThat(Browser.run(dir, "--dump-dom", page).pageRequests()).containsExactly("https://example.invalid/x.png");
  }

  /** One headless Chromium run with a net log, no name resolution and a fresh profile. */
  private record Browser(String stdout, JsonNode netLog) {
    static Browser run(Path dir, String action, Path page) throws IOException, InterruptedException {
      Path work = Files.createTempDirectory(dir, "chromium");
      Path netLog = work.resolve("net.json");
      List<String> cmd = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-default-apps",
          "--host-resolver-rules=MAP * ~NOTFOUND", // nothing can leave the machine, whatever asks
          "--user-data-dir=" + work.resolve("profile"), "--log-net-log=" + netLog, "--window-size=1000,2600",
          action, page.toUri().toString());
      Process p = new ProcessBuilder(cmd).redirectError(work.resolve("stderr.txt").toFile())
          .redirectOutput(work.resolve("stdout.txt").toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish in 120 s: " + cmd);
      }
      assertThat(p.exitValue()).as("chromium exit; stderr in %s", work).isZero();
      return new Browser(Files.readString(work.resolve("stdout.txt"), StandardCharsets.UTF_8),
          ManifestJson.MAPPER.readTree(netLog.toFile()));
    }

    /**
     * URLs the page itself requested: jobs whose network isolation key is the file:// page (the browser's
     * own background requests carry other keys and are not the report's doing).
     */
    List<String> pageRequests() {
      int startJob = netLog.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
      List<String> urls = new ArrayList<>();
      for (JsonNode e : netLog.get("events")) {
        JsonNode params = e.get("params");
        if (e.get("type").asInt() == startJob && params != null
            && params.path("network_isolation_key").asText().startsWith("file://")
            && !params.path("url").asText().startsWith("file:")) {
          urls.add(params.get("url").asText());
        }
      }
      return urls;
    }
  }

  private static List<String> svgsAfter(String dom, String... headings) {
    List<String> out = new ArrayList<>();
    for (String h : headings) {
      int at = dom.indexOf("<h2>" + h + "</h2>");
      assertThat(at).as("heading %s", h).isGreaterThanOrEqualTo(0);
      int start = dom.indexOf('<', dom.indexOf("</h2>", at) + 5);
      assertThat(dom.substring(start)).as("what follows %s", h).startsWith("<svg");
      out.add(dom.substring(start, dom.indexOf("</svg>", start)));
    }
    return out;
  }

  private static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }

  private static int saturatedPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int bl = rgb & 0xff;
        if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 80) {
          n++;
        }
      }
    }
    return n;
  }

  /** A report of two 30-update trainings with validation at 10, 20, 30, written by ReportWriter. */
  private Path writeFixtureReport() throws IOException {
    Map<String, List<Curve.Row>> curves = new TreeMap<>();
    Map<String, List<Curve.ValidRow>> valid = new TreeMap<>();
    Map<String, List<Curve.DropoutKlRow>> dropoutKl = new TreeMap<>();
    for (String method : List.of("baseline", "rdrop")) {
      double kl = method.equals("rdrop") ? 0.4 : 0;
      List<Curve.Row> rows = new ArrayList<>();
      List<Curve.ValidRow> v = new ArrayList<>();
      List<Curve.DropoutKlRow> d = new ArrayList<>();
      for (int step = 1; step <= 30; step++) {
        double nll = 7 - step * 0.05 - (kl > 0 ? 0.01 * step % 3 : 0);
        rows.add(new Curve.Row(step, 1, kl > 0 ? 2 : 1, 8, 200, 1e-3, nll + kl, nll, kl * 30 / (30 + step), 1));
        if (step % 10 == 0) {
          v.add(new Curve.ValidRow(step, 100, 2000, nll + 0.1, nll + 0.1));
          // The baseline's grows, R-Drop's stays small.
          d.add(new Curve.DropoutKlRow(step, 2000, kl > 0 ? 0.05 : 0.02 * step));
        }
      }
      curves.put(method, rows);
      valid.put(method, v);
      dropoutKl.put(method, d);
    }
    TreeMap<String, Object> identity = new TreeMap<>(Map.of("hash", "feed", "code_version", "test"));
    TreeMap<String, Report.Training> training = new TreeMap<>(Map.of(
        "baseline", new Report.Training(30, 1, 5.5, 10, 5.6, 5.6, 0, 0.6, "b", 30, 60_000, null),
        "rdrop", new Report.Training(30, 1, 5.4, 10, 5.5, 5.5, 0.2, 0.05, "r", 60, 120_000, null)));
    Report.Paper paper = new Report.Paper("IWSLT14 De->En", 34.64, 37.25, 2.61, "paper Table 1");
    Report.Metric bleu = new Report.Metric("bleu", "BLEU (sacreBLEU)", "nrefs:1", true, 27.1,
        List.of(26.0, 28.2), 28.05, List.of(27.0, 29.1), 0.95, List.of(0.4, 1.5), 0.002, "paired bootstrap", paper, null);
    Report data = new Report(Report.FORMAT, "fixture", "A report drawn from made-up curves.", identity,
        ManifestJson.MAPPER.readTree("{\"os\":\"Linux\"}"), ManifestJson.MAPPER.readTree("{\"name\":\"fixture\"}"),
        training, List.of(bleu), List.of(), List.of("Made-up numbers."),
        Overtaking.of(valid.get("baseline"), valid.get("rdrop"), curves.get("baseline"), curves.get("rdrop")), null);
    ReportWriter.write(dir, data, new ReportWriter.Curves(curves, valid, dropoutKl));
    return dir.resolve("report.html");
  }
}
