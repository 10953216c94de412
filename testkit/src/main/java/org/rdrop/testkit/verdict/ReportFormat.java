package org.rdrop.testkit.verdict;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rdrop.format.ManifestJson;

/** How a {@link CheckReport} is printed: for people, for programs, for CI test views. */
public enum ReportFormat {
  /** one line per check; failures and notes with their whole story */
  TEXT,
  /** the report as JSON, sorted keys */
  JSON,
  /** JUnit XML: one testcase per check, failures with their story, notes in system-out */
  JUNIT;

  public static ReportFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s + "' (text, json, junit)");
    }
  }

  public String render(CheckReport report) {
    return switch (this) {
      case TEXT -> text(report);
      case JSON -> ManifestJson.toJson(report.toMap());
      case JUNIT -> junit(report);
    };
  }

  private static String text(CheckReport report) {
    StringBuilder sb = new StringBuilder(report.suite()).append('\n');
    for (Check c : report.checks()) {
      String tag = switch (c.status()) {
        case PASSED -> "PASS ";
        case FAILED -> "FAIL ";
        case ERROR -> "ERROR";
        case SKIPPED -> "SKIP ";
      };
      sb.append(tag).append(' ').append(c.group()).append(' ').append(c.name()).append(": ").append(c.message())
          .append('\n');
      c.notes().forEach(n -> sb.append("      note: ").append(n).append('\n'));
      if (c.failed() && !c.details().isEmpty()) {
        // The details usually open with the message just printed; do not say it twice.
        String d = c.details().startsWith(c.message() + "\n") ? c.details().substring(c.message().length() + 1) : c.details();
        d.lines().forEach(l -> sb.append("      ").append(l).append('\n'));
      }
    }
    sb.append(report.passed() ? "OK" : "FAILED").append(": ").append(report.summary()).append('\n');
    return sb.toString();
  }

  /**
   * JUnit XML as Jenkins, GitLab and GitHub test reporters read it. No timestamps or durations: the output
   * of a check depends only on its inputs.
   */
  private static String junit(CheckReport report) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      attributes(w, report);
      w.writeCharacters("\n  ");
      w.writeStartElement("testsuite");
      attributes(w, report);
      for (Check c : report.checks()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", clean(c.group()));
        w.writeAttribute("name", clean(c.name()));
        String body = c.details().isEmpty() ? c.message() : c.details();
        switch (c.status()) {
          case FAILED -> element(w, "failure", c.message(), body);
          case ERROR -> element(w, "error", c.message(), body);
          case SKIPPED -> element(w, "skipped", c.message(), null);
          case PASSED -> { }
        }
        if (!c.notes().isEmpty() || c.status() == Check.Status.PASSED) {
          List<String> lines = c.status() == Check.Status.PASSED ? concat(c.message(), c.notes()) : c.notes();
          w.writeCharacters("\n      ");
          w.writeStartElement("system-out");
          w.writeCharacters(clean(String.join("\n", lines)));
          w.writeEndElement();
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
      }
      w.writeCharacters("\n  ");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return out.toString();
  }

  private static List<String> concat(String first, List<String> rest) {
    java.util.ArrayList<String> l = new java.util.ArrayList<>();
    l.add(first);
    rest.forEach(n -> l.add("note: " + n));
    return l;
  }

  private static void attributes(XMLStreamWriter w, CheckReport r) throws XMLStreamException {
    w.writeAttribute("name", clean(r.suite()));
    w.writeAttribute("tests", Integer.toString(r.checks().size()));
    w.writeAttribute("failures", Long.toString(r.count(Check.Status.FAILED)));
    w.writeAttribute("errors", Long.toString(r.count(Check.Status.ERROR)));
    w.writeAttribute("skipped", Long.toString(r.count(Check.Status.SKIPPED)));
  }

  private static void element(XMLStreamWriter w, String name, String message, String body) throws XMLStreamException {
    w.writeCharacters("\n      ");
    if (body == null) {
      w.writeEmptyElement(name);
      w.writeAttribute("message", clean(message));
      return;
    }
    w.writeStartElement(name);
    w.writeAttribute("message", clean(message));
    w.writeCharacters(clean(body));
    w.writeEndElement();
  }

  /** XML 1.0 cannot carry most control characters; attribute values stay on one line. */
  private static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
        sb.appendCodePoint(cp);
      } else if (cp == '\r') {
        sb.append('\n');
      } else {
        sb.append('?');
      }
    });
    return sb.toString();
  }
}
