package org.rdrop.testkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.rdrop.format.AtomicFiles;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format text|json|junit} for stdout, and {@code --junit-xml FILE} for CI. */
public final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output on stdout: text, json or junit (JUnit XML) (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--junit-xml", paramLabel = "FILE",
      description = "Also write the checks as JUnit XML to FILE (CI test views).")
  Path junitXml;

  /** Prints the report in the chosen format, or {@code text} when the caller prints its own text. */
  void print(CheckReport report, PrintWriter out, String text) throws IOException {
    out.print(format == ReportFormat.TEXT && text != null ? text : format.render(report));
    out.flush();
    if (junitXml != null) {
      AtomicFiles.writeString(junitXml, ReportFormat.JUNIT.render(report));
    }
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.parse(value);
    }
  }
}
