package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rdrop.format.ManifestJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportFormatTest {
  static final CheckReport REPORT = new CheckReport("rdrop check smoke 1a2b3c4d5e6f", List.of(
      Check.of("rdrop.artifacts", "data/dict.txt", Check.Status.PASSED, "SHA-256 abc"),
      new Check("rdrop.curves.smoke", "rdrop/curve.tsv", Check.Status.FAILED, "FAIL exact: step 3 <differs> & more",
          "FAIL exact: step 3\n  expected 1.5\n  actual 2.5", List.of(), new TreeMap<>()),
      new Check("rdrop.curves.smoke", "baseline/curve.tsv", Check.Status.PASSED, "PASS exact->tolerance",
          "", List.of("platform fingerprint differs"), null),
      Check.of("rdrop.curves.smoke", "x", Check.Status.SKIPPED, "no golden smoke/x"),
      Check.of("rdrop.curves.smoke", "y", Check.Status.ERROR, "bad \u0001 input")));

  @Test
  void junitXmlHasOneTestcasePerCheckWithFailuresSkipsAndNotes() throws Exception {
    String xml = ReportFormat.JUNIT.render(REPORT);
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("rdrop check smoke 1a2b3c4d5e6f");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    var cases = d.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    Element failed = (Element) cases.item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("rdrop.curves.smoke");
    assertThat(failed.getAttribute("name")).isEqualTo("rdrop/curve.tsv");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("FAIL exact: step 3 <differs> & more");
    assertThat(failure.getTextContent()).isEqualTo("FAIL exact: step 3\n  expected 1.5\n  actual 2.5");
    Element noted = (Element) cases.item(2);
    assertThat(noted.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("PASS exact->tolerance\nnote: platform fingerprint differs");
    assertThat(((Element) cases.item(3)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(4)).getElementsByTagName("error").item(0).getTextContent()).isEqualTo("bad ? input");
    assertThat(xml).doesNotContain("timestamp", "time=");
  }

  @Test
  void jsonCarriesEveryCheck() throws Exception {
    JsonNode j = ManifestJson.MAPPER.readTree(ReportFormat.JSON.render(REPORT));
    assertThat(j.get("passed").asBoolean()).isFalse();
    assertThat(j.get("counts").get("failed").asInt()).isEqualTo(1);
    assertThat(j.get("checks")).hasSize(5);
    assertThat(j.get("checks").get(2).get("notes").get(0).asText()).isEqualTo("platform fingerprint differs");
  }

  @Test
  void textShowsFailuresInFullAndNotesAlways() {
    String t = ReportFormat.TEXT.render(REPORT);
    assertThat(t).contains(
        "PASS  rdrop.artifacts data/dict.txt: SHA-256 abc\n",
        "FAIL  rdrop.curves.smoke rdrop/curve.tsv: FAIL exact: step 3 <differs> & more\n      FAIL exact: step 3\n        expected 1.5\n",
        "PASS  rdrop.curves.smoke baseline/curve.tsv: PASS exact->tolerance\n      note: platform fingerprint differs\n",
        "SKIP  rdrop.curves.smoke x: no golden smoke/x\n");
    assertThat(t).endsWith("FAILED: 5 checks: 2 passed, 1 failed, 1 errors, 1 skipped\n");
  }

  @Test
  void skippedChecksDoNotFailAReport() {
    assertThat(new CheckReport("s", List.of(Check.of("g", "n", Check.Status.SKIPPED, "m"))).passed()).isTrue();
  }
}
