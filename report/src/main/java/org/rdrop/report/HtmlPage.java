package org.rdrop.report;

/**
 * The frame every rdrop HTML page shares (a run's report, a study, a suite): one self-contained file, no
 * fetches, the same table style, so the pages look alike and open offline.
 */
final class HtmlPage {
  /** Tables right-aligned for numbers, their first column left-aligned for names. */
  static final String TABLE_STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;}"
      + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:right}th{background:#eee}"
      + "th:first-child,td:first-child{text-align:left}";

  /** For pages with preformatted JSON blocks. */
  static final String PRE_STYLE = "pre{background:#f4f4f4;padding:.5em;overflow:auto}";

  static final String END = "</body></html>\n";

  private HtmlPage() {}

  /** The document's start up to and including {@code <body>}, with the page's title and styles. */
  static String start(String title, String style) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
        + "</title>\n<style>" + style + "</style></head><body>\n";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
